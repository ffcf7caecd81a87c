/** Select/MultiSelect data from one of the vocabulary's label maps, in the vocabulary's order. */
export function optionsFrom<V extends string>(labels: Record<V, string>): { value: V; label: string }[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}
