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
                        (actions by RAG, overdue, principle coverage, indicators),
                        each action with its status timeline and dated updates,
                        indicators with charts, voice records, extracts of the
                        minutes and visit findings; contents with page numbers;
                        --public leaves out Part II, small numbers, voice records
                        that may name someone and visit findings; --large-print
                        sets it in 16 pt and over, in one column; --pledge <n> is
                        a Pledge promise (as "pledge" numbers them); the annual
                        report adds the clerk's narrative sections for the year
                        (written on the Evidence screen) before and after the
                        evidence, the public version only those marked public
                        and not flagged by the identity checks
  ics <file> --out <ics> [--meeting <id>]
                        Save the upcoming meetings (or one meeting) as a calendar
                        file for Outlook, Google Calendar or Apple Calendar
  pledge <file> [--json]
                        Show the Pledge tracker: each promise's status in words
                        (and what its actions suggest), its actions with RAG, its
                        voice records and the date it was last evidenced
  pledge <file> --out <pdf>
                        Print the Pledge report for the Children in Care Council
                        (large, plain words, no names)
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
  homes <file> [--json]  List the children's homes, with member visits in the last
                        twelve months against what the council expects
  visits <file> [--json]
                        List the visit reports: date, home, kind, status, opinions
  visit add <file> --json <visit.json>
                        Add a visit report from a JSON file (the app's schema; the
                        home by its name)
  visit-report <file> --visit <id> --out <pdf> [--anonymised]
                        Print a visit report (not for publication), or with
                        --anonymised its summary for the board (the summary marked
                        ready, else only the structured parts, never the findings)
  kit <file> --member <name> --out <kit> --passphrase-file <f>
                        Make a member's kit: the board, the homes on their rota with
                        earlier recommendations, published papers of upcoming
                        meetings and the clerk's public key, encrypted with the
                        passphrase
  open-kit <kit> --out <member workspace> --passphrase-file <f>
                        Open a kit into a new member workspace (with the member's
                        own signing key)
  return <member workspace> --out <bundle>
                        Make a return bundle of the member's visit reports (drafts
                        marked as drafts), signed by the member and encrypted for
                        the clerk
  import-return <file> <bundle> [--accept-recommendations]
                        Import a member's return bundle (refused, changing nothing,
                        if tampered with, signed by anyone else or meant for another
                        workspace); --accept-recommendations puts the reports'
                        recommendations in the action log
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

