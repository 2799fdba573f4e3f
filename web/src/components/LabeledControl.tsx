/**
 * A visible label tied to its control by id (antd controls take the id onto their input), so a
 * screen reader announces the label and clicking it focuses the control.
 */
import { type ReactNode, useId } from 'react';

export function LabeledControl({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`filter-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
