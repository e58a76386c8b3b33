package io.ticketknowledge.knowledge.glossary.entity;

/** What an entry records; both kinds expand queries the same way. */
public enum GlossaryKind {
  /** Words that mean the same, within a language or across zh-TW and English (laptop, 筆電). */
  SYNONYM,
  /** The same thing named differently in Taiwan and the mainland (印表機, 打印机). */
  REGIONAL
}
