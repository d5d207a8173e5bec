/** What the crash-loop child writes at each revision: any file whose fields disagree was torn. */
export const crashLoopContent = (revision: number) => ({
  name: `Saved at revision ${revision}`,
  notes: `written at revision ${revision}`,
  requestsPerMonth: 1_000 + revision,
});
