import { today } from '@/core/index';

/** A step is overdue when it is not done and its due date lies before today. */
export function isOverdue(step: { dueDate?: string; doneOn?: string }): boolean {
  return !step.doneOn && !!step.dueDate && step.dueDate < today();
}
