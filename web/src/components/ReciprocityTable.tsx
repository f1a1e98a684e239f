import type { Reciprocity } from '../api/schema.js'

/** Favours and introductions given and asked, both ways, as a small two-by-two table. */
export function ReciprocityTable({ value, name }: { value: Reciprocity; name: string }) {
  return (
    <div className="stack-sm">
      <table className="data-table">
        <caption className="visually-hidden">Given and asked between you and {name}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Who</span>
            </th>
            <th scope="col">Gave</th>
            <th scope="col">Asked</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">You</th>
            <td>{value.memberGave}</td>
            <td>{value.memberAsked}</td>
          </tr>
          <tr>
            <th scope="row">{name}</th>
            <td>{value.contactGave}</td>
            <td>{value.contactAsked}</td>
          </tr>
        </tbody>
      </table>
      <p>
        Balance: <strong>{value.label}</strong>
      </p>
    </div>
  )
}
