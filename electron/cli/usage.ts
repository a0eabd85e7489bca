/** The help text every usage mistake ends with (its wording is part of the command line's contract). */
export const USAGE = `Usage: panelpack <command> <file> [options]

Commands:
  init <file> --council <name> [--board <name>]
                        Create a new, empty workspace (the board defaults to
                        "Corporate Parenting Board")
  init <file> --sample  Create the Northbrook sample board, dated from today
  info <file> [--json]  Show the council, board, schema version and record counts
  actions <file> [--overdue] [--stale] [--format table|json|csv]
                        List the action log (table is the default)
  action-log <file> --out <pdf> [--overdue] [--stale]
                        Print the action log as a PDF
  meetings <file> [--all] [--json]
                        List meetings from today on (--all: every meeting), each
                        with its agenda's publication deadline
  agenda <file> --meeting <id|next> --out <pdf> [--public]
                        Print a meeting's agenda (front sheet and items, with page
                        references into the pack); --public leaves Part II out
  pack <file> --meeting <id|next> --out <pdf> [--public] [--supplement]
       [--fit-a4 | --actual-size]
                        Print a meeting's agenda pack: the agenda, then every
                        item's cover and reports, each page numbered; --public
                        leaves Part II out entirely; --supplement prints only the
                        items added or changed since the papers were published;
                        reports' pages are fitted to A4 in the members' pack
                        (--actual-size keeps their size), in the public pack only
                        with --fit-a4
  minutes <file> --meeting <id|last> --out <pdf> [--public] [--child-friendly]
                        Print a held meeting's minutes: the members' version with
                        Part II in a confidential annex, the public version
                        (--public) with the public summaries only, or the
                        child-friendly summary (--child-friendly); "last" is the
                        most recent held meeting
  evidence <file> (--priority <n> | --principle <a-g> | --pledge <n>
       | --theme <meeting id> | --preset children-in-care|care-leavers|annual-report
       [--year 2025-26] | --from <date> --to <date>) --out <pdf> [--public]
       [--large-print]
                        Print an evidence pack for one scope: cover, summary
                        (actions by RAG, overdue, principle coverage), each action
                        with its status timeline and dated updates, and extracts
                        of the minutes; contents with page numbers; --public
                        leaves Part II out; --large-print sets it in 16 pt and
                        over, in one column; --pledge is not available yet
  ics <file> --out <ics> [--meeting <id>]
                        Save the upcoming meetings (or one meeting) as a calendar
                        file for Outlook, Google Calendar or Apple Calendar
  check <file>          Check the file's integrity and schema version
  backup <file> --out <copy> [--force]
                        Make a checked copy, safe while PanelPack has the file open;
                        an existing copy is replaced only with --force
  attach <file> --meeting <id|next> --item <n> <report.pdf> [--title <t>]
                        Attach a report to agenda item n (as numbered on the agenda,
                        e.g. 5 or 5.1), saying what active content (scripts, forms,
                        attached files, comments) no pack will carry
  detach <file> --meeting <id|next> --item <n> --title <t>
                        Remove the report with that title from item n
  backups <file> [--json]
                        List the automatic backups of the workspace: date, reason,
                        size, whether each passes its check now, and its path
  restore <file> --from <backup|date|latest> [--force]
                        Replace the workspace with a checked backup; the current
                        file (and its -wal, -shm) is kept aside, never deleted
  help                  Show this help

Options:
  -h, --help            Show this help
  --version             Show the PanelPack version

Exit status: 0 done, 1 failed, 2 the command was not written correctly.
`;

