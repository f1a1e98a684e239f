import type { ReactNode } from 'react'

/** One titled section of the settings page; its id is what `/settings#id` and `/tokens` jump to. */
export function SettingsSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-heading`} className="card stack">
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.children}
    </section>
  )
}
