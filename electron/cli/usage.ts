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
  indicators import <file> <csv|xlsx> [--valid-only]
                        Import indicator values from a .csv or .xlsx file with the
                        header row indicator,period,value,numerator,denominator,
                        target,england,statistical_neighbours,region,commentary;
                        prints the check of every row, and imports nothing when a
                        row is invalid unless --valid-only (exit 1 when nothing
                        was imported for that reason); a period imported again
                        replaces its values
  indicators export <file> --out <csv|xlsx>
                        Save every indicator value in the same columns
  indicators template <file> --out <csv|xlsx>
                        Save a file to fill in: the header and a row per indicator
  scorecard <file> --out <pdf> [--public]
                        Print the scorecard: each indicator's latest value, RAG
                        in words with its rule, trend chart, comparators and
                        commentary; --public hides small numbers
  help                  Show this help

Options:
  -h, --help            Show this help
  --version             Show the PanelPack version

Exit status: 0 done, 1 failed, 2 the command was not written correctly.
`;

