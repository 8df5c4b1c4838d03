# The funders' PDF report (City and Region): bar charts printed in black and white. Plain
# words: it is read by people who do not know Sosta.

report-title = { $site } — activity report
report-period = Period: { $from } – { $to }
report-note = Numbers from 1 to { $last } are shown as { $small }; { $withheld } marks a number withheld so that a small one cannot be worked out.
report-page = Page { $page } of { $pages }
report-total = Total: { $total }
report-withheld-table = Withheld: every number here is too small to show
report-nothing = None in this period
report-table-visits-by-day = Visits by day
report-table-visits-by-weekday = Visits by day of the week
report-table-visits-by-hour = Visits by hour of the day
report-table-languages = Visits by language
report-table-bookings = Bookings by service
report-table-outcomes = { $service }: what became of the bookings
report-table-items = Items handed out
report-waits = Waiting in the queue (minutes)
report-waits-service = Service
report-waits-count = Waits
report-waits-median = Median
report-waits-p90 = 9 in 10 within
error-report-pdf-needs-out = A PDF report goes to a file: add --out FILE.pdf
error-report-pdf = The PDF report could not be drawn: { $detail }
