package dev.tandem.cta.playbook.domain;

/** One task template: its title and how many days after the CTA's creation it is due. */
public record PlaybookStep(int position, String title, int dueOffsetDays) {}
