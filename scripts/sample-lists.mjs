// One shortlist of two certifications with notes, in the storage format of README's
// "Shortlists", for the scripts that need a lists page with something on it (Lighthouse,
// screenshots).
export const LISTS = {
  version: 2,
  lists: [
    {
      id: "l1",
      name: "Cloud picks",
      note: "Start with the cheaper one, then decide on the professional exam.",
      items: [
        { cert: "aws-aif-c01", note: "First: cheap, and the AWS basics I need anyway." },
        { cert: "gcp-pmle", note: "After a year of projects on Vertex AI." },
      ],
      revision: 1,
    },
  ],
};

/** Writes LISTS into the localStorage of `page`'s origin. */
export function writeLists(page) {
  return page.evaluate((v) => localStorage.setItem("certscope.lists", v), JSON.stringify(LISTS));
}
