/** Orders steps by due date, undated ones last, then by id (creation order). */
export function byDueDate(
  a: { id: string; dueDate?: string },
  b: { id: string; dueDate?: string },
): number {
  if (a.dueDate !== b.dueDate) {
    if (!a.dueDate) return 1;
    if (!b.dueDate) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return a.id.localeCompare(b.id);
}
