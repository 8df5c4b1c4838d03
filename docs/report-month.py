"""Fills a throw-away Sosta data folder with the counts (`figure` rows) of a busy November
2026, as a finished month leaves them, to draw the PDF report for the gallery.
Usage: report-month.py DATA_DIR/sosta.db (after one `sosta` run has created it)."""
import random, sqlite3, sys, datetime
random.seed(7)
db = sqlite3.connect(sys.argv[1])
ids = dict((slug, i) for i, slug in db.execute("SELECT id, slug FROM service"))
rows = []
day = datetime.date(2026, 11, 1)
langs = {"it": 0.45, "ro": 0.1, "ar": 0.15, "en": 0.08, "uk": 0.06, "sq": 0.05, "ur": 0.04, "pa": 0.03, "fr": 0.03, "es": 0.01}
while day.month == 11:
    d = day.isoformat()
    if day.weekday() != 6:
        n = random.randint(22, 48)
        hours = {}
        for _ in range(n):
            h = random.choice([9, 9, 10, 10, 10, 11, 11, 12, 12, 13, 14, 15, 15, 16, 17])
            hours[h] = hours.get(h, 0) + 1
        for h, v in hours.items():
            rows.append((d, "visits_hour", 0, f"{h:02}", v))
        counts = {}
        for _ in range(n):
            l = random.choices(list(langs), weights=list(langs.values()))[0]
            counts[l] = counts.get(l, 0) + 1
        for l, v in counts.items():
            rows.append((d, "language", 0, l, v))
        for slug, mean in [("shower", 10), ("laundry", 6), ("meal", 30), ("nurse", 3), ("social-worker", 2),
                           ("legal-desk", 1), ("job-orientation", 1), ("phone-charging", 5), ("hiv-hcv-testing", 0.3)]:
            b = max(0, int(random.gauss(mean, mean / 3)))
            if b == 0: continue
            s = ids[slug]
            ns = int(b * random.uniform(0.05, 0.15)); c = int(b * random.uniform(0, 0.08))
            rows += [(d, "booked", s, "", b), (d, "served", s, "", b - ns - c), (d, "no_show", s, "", ns), (d, "cancelled", s, "", c)]
            if slug == "meal":
                for _ in range(b - ns - c):
                    m = max(1, int(random.expovariate(1 / 14)))
                    rows.append((d, "wait", s, str(m), 1))
        rows.append((d, "quantity", ids["harm-reduction-kit"], "", random.randint(3, 12)))
        if random.random() < 0.3:
            rows.append((d, "quantity", ids["luggage-storage"], "", random.randint(1, 2)))
    db.execute("INSERT OR IGNORE INTO counted_day (day) VALUES (?)", (d,))
    day += datetime.timedelta(days=1)
merged = {}
for d, k, s, key, v in rows:
    merged[(d, k, s, key)] = merged.get((d, k, s, key), 0) + v
db.executemany("INSERT INTO figure (day, kind, service_id, key, value, site) VALUES (?,?,?,?,?, 'main')",
               [(d, k, s, key, v) for (d, k, s, key), v in merged.items()])
db.commit()
print(len(merged), "figures")
