/**
 * One labelled choice of a GET filter form (the audit trail, the translation list): a label above
 * a <select> whose options are value/label pairs, with an optional "all" choice that sends nothing.
 */
export function FilterSelect({ id, name, label, value, options, all }: { id: string; name: string; label: string; value: string; options: readonly { value: string; label: string }[]; all?: string }) {
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="mt-0.5 block rounded border border-slate-300 px-2 py-1 text-sm">
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
