# One-off: inserts the verified regional pay figures (issue 12) into data/roles.json.
# Run once from the repository root after the PayFigure fields (region, coverage, covers, basis, optional year) exist:
#   python3 docs/research/paydata-insert.py data/roles.json
# It refuses to run twice (the new source ids must not exist yet).
import json, sys
P = sys.argv[1] if len(sys.argv) > 1 else 'data/roles.json'
d = json.load(open(P))

def L(en, nl, de, nb, et):
    return {"en": en, "nl": nl, "de": de, "nb": nb, "et": et}

# ---------------- sources (prepended) ----------------
S = []
def src(id, title, publisher, url, lang, year=None):
    s = {"id": id, "kind": "public", "title": title, "publisher": publisher}
    if year is not None: s["year"] = year
    s["lang"] = lang; s["url"] = url
    S.append(s)

src("bls-oews-2023", "Occupational Employment and Wage Statistics, May 2023, national estimates",
    "U.S. Bureau of Labor Statistics (OEWS)", "https://www.bls.gov/oes/special.requests/oesm23nat.zip", "en", 2023)
src("cbs-85517ned-2022", "Werknemers; uurloon en beroep (table 85517NED), occupation classes",
    "Centraal Bureau voor de Statistiek (CBS)", "https://www.cbs.nl/nl-nl/cijfers/detail/85517NED?q=taxivervoer", "nl", 2022)
src("cbs-85517ned-2022-groups", "Werknemers; uurloon en beroep (table 85517NED), occupation groups",
    "Centraal Bureau voor de Statistiek (CBS)", "https://www.cbs.nl/nl-nl/cijfers/detail/85517NED", "nl", 2022)
src("manpower-nl-csr", "Wat doet en verdient een customer service medewerker?",
    "ManpowerGroup Nederland", "https://www.manpower.nl/nl/kenniscentrum/blogs/2025/10/13/wat-doet-en-verdient-een-customer-service-medewerker", "nl")
src("nu-nl-secretaresse", "Dit verdient een secretaresse",
    "NU.nl (citing Randstad)", "https://www.nu.nl/werk/6237660/dit-verdient-een-secretaresse.html", "nl")
src("welingelichtekringen-indeed", "Dit zijn de meest gevraagde beroepen en het gemiddelde salaris wat daarbij hoort",
    "Welingelichte Kringen (citing Indeed)", "https://www.welingelichtekringen.nl/economie/4173577/dit-zijn-de-meest-gevraagde-beroepen-en-het-gemiddelde-salaris-wat-daarbij-hoort.html", "nl")
src("news-de-bankkaufleute", "Bankkaufmann Gehalt aktuell 2024: Wie viel verdient ein Bankkaufmann netto?",
    "news.de (citing Bundesagentur für Arbeit)", "http://www.news.de/wirtschaft/857510251/bankkaufmann-gehalt-netto-brutto-monatlich-was-verdienen-bankkaufleute-in-deutschland/1/", "de")
src("bte-outfithandel-2023", "Gehaltsstudie: Outfitberater verdienen unterdurchschnittlich",
    "BTE Handelsverband Textil Schuhe Lederwaren (citing Bundesagentur für Arbeit)", "https://www.bte.de/gehaltsstudie-outfitberater-verdienen-unterdurchschnittlich/", "de", 2023)
src("24ds-stepstone-verkauf", "Stepstone-Gehaltsreport: Das verdienen Verkäufer im Modehandel",
    "24ds.org (citing the StepStone Gehaltsreport)", "https://24ds.org/stepstone-gehaltsreport-das-verdienen-verkaeufer-im-modehandel", "de")
src("workingoffice-gehaltsreport-2025", "Der große workingoffice Gehaltsreport 2025",
    "working@office (citing the StepStone Gehaltsreport 2025)", "https://www.workingoffice.de/karriere/der-grosse-workingoffice-gehaltsreport-2025", "de")
src("stepstone-buerokaufleute", "Bürokaufmann/-frau Gehalt",
    "StepStone", "https://www.stepstone.de/gehalt/Buerokaufmann-frau.html", "de")
src("lohnspiegel-hotelfachleute", "Hotelfachleute",
    "WSI-Lohnspiegel (Hans-Böckler-Stiftung)", "https://lohnspiegel.de/hotelfachleute-13909.htm", "de")
src("hotelvor9-konen-lorenzen", "Gehaltsreport Hotellerie mit überraschenden Ergebnissen",
    "hotelvor9 (citing Konen & Lorenzen, Gehaltsübersicht 2023)", "https://hotelvor9.de/inside/gehaltsreport-hotellerie-mit-ueberraschenden-ergebnissen", "de")
src("stepstone-teamleiter", "Teamleiter/in Gehalt",
    "StepStone", "https://www.stepstone.de/gehalt/Teamleiter-in.html", "de")
src("lz-stepstone-callcenter", "Stepstone-Gehaltsreport: Handel glänzt durch niedrigen Lohn",
    "Lebensmittel Zeitung (citing StepStone and Gehalt.de)", "https://www.lebensmittelzeitung.net/handel/karriere/stepstone-gehaltsreport-handel-glaenzt-durch-niedrigen-lohn-163713", "de")
src("kundeserviceavisen-ssb-2022", "Dette tjener de som jobber i kundeservice",
    "Kundeserviceavisen (citing SSB)", "https://kundeserviceavisen.no/2024/01/05/dette-tjener-de-som-jobber-i-kundeservice/", "nb", 2022)
src("kundeserviceavisen-utdanning", "Lønn i kundeservice",
    "Kundeserviceavisen (citing utdanning.no, source SSB)", "https://kundeserviceavisen.no/2023/05/01/lonn-i-kundeservice/", "nb")
src("finansradet-butikkmedarbeider", "Hva tjener en Butikkmedarbeider?",
    "finansrådet.no (citing SSB)", "https://www.xn--finansrdet-75a.no/lonn/butikkmedarbeider", "nb")
src("ssb-lonn-2024", "Lønn (statistics page): Gjennomsnittlig månedslønn for ulike yrkesgrupper",
    "Statistisk sentralbyrå (SSB)", "https://ssb.no/arbeid-og-lonn/lonn-og-arbeidskraftkostnader/statistikk/lonn", "nb", 2024)
src("arileht-palgarakendus-muujad", "Kui mahlast palka teenitakse Eesti kõige nõutumatel ametikohtadel?",
    "Delfi Ärileht (citing the Statistikaamet wage app)", "https://arileht.delfi.ee/artikkel/94845539/kui-mahlast-palka-teenitakse-eesti-koige-noutumatel-ametikohtadel-enim-teenivad-tippspetsialistid", "et")
src("kaubandus-klienditeenindajad", "Klienditeenindajate palgad on kasvanud kõige kiiremini",
    "Kaubandus.ee (citing CV Keskus and Palgainfo Agentuur)", "https://kaubandus.ee/uudised/2018/03/13/klienditeenidajate-palgad-on-kasvanud-koige-kiiremini", "et")
src("arileht-palgainfo-2020", "Koroonakriis küll aeglustas mullu palgatõusu, kuid keskmine töötasu kasv jäi kõigis ametites üle 5%",
    "Delfi Ärileht (citing Palgainfo Agentuur)", "https://arileht.delfi.ee/news/uudised/graafik-koroonakriis-kull-aeglustas-mullu-palgatousu-kuid-keskmine-tootasu-kasv-jai-koigis-ametites-ule-5?id=92284965", "et", 2020)
src("stat-ee-palk-2023q2", "Keskmine palk oli teises kvartalis 1873 eurot, mediaanpalk 1524 eurot",
    "Statistikaamet (Statistics Estonia)", "https://www.stat.ee/et/uudised/keskmine-palk-oli-teises-kvartalis-1873-eurot-mediaanpalk-1524-eurot", "et", 2023)

ids = {s["id"] for s in d["sources"]}
assert not (ids & {s["id"] for s in S}), "already inserted"
d["sources"] = S + d["sources"]

# ---------------- helpers ----------------
def fig(region, stat, period, amount, currency, cite, year=None, coverage=None, covers=None, basis=None, experience=None):
    f = {"region": region, "stat": stat, "period": period, "amount": amount, "currency": currency}
    if year is not None: f["year"] = year
    if experience is not None: f["experience"] = experience
    if coverage and coverage != "role": f["coverage"] = coverage; f["covers"] = covers
    if basis and basis != "not_stated": f["basis"] = basis
    f["cite"] = cite
    return f

def C(source, quote, gloss=None, note=None):
    c = {"source": source, "quote": quote}
    if gloss: c["gloss"] = gloss
    if note: c["note"] = note
    return c

ROLES = {r["id"]: r for r in d["roles"]}
ADD = {k: [] for k in ROLES}

# ---------------- US: OEWS May 2023 ----------------
ROWS = {
 "43-4051": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,43-4051,Customer Service Representatives,detailed,"2,858,710",0.5,,,,,20.92,"43,520",0.1,14.21,16.72,19.08,23.31,29.45,"29,560","34,780","39,680","48,480","61,250",,', [29560,34780,39680,48480,61250]),
 "43-4171": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,43-4171,Receptionists and Information Clerks,detailed,"1,003,820",1.1,,,,,17.59,"36,590",0.2,12.95,14.64,17.23,19.58,22.77,"26,940","30,450","35,840","40,720","47,360",,', [26940,30450,35840,40720,47360]),
 "39-6012": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,39-6012,Concierges,detailed,"41,020",6.8,,,,,19.34,"40,230",1.2,14.19,16.01,17.86,21.84,27.53,"29,510","33,300","37,150","45,440","57,270",,', [29510,33300,37150,45440,57270]),
 "11-9081": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,11-9081,Lodging Managers,detailed,"41,980",1.7,,,,,36.92,"76,790",1.1,18.88,23.74,31.42,42.27,61.1,"39,270","49,380","65,360","87,930","127,090",,', [39270,49380,65360,87930,127090]),
 "43-3071": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,43-3071,Tellers,detailed,"340,820",2.1,,,,,18.68,"38,850",0.2,14.29,16.81,18.1,21.11,22.57,"29,720","34,970","37,640","43,900","46,950",,', [29720,34970,37640,43900,46950]),
 "43-6014": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,43-6014,"Secretaries and Administrative Assistants, Except Legal, Medical, and Executive",detailed,"1,785,430",0.3,,,,,21.87,"45,490",0.1,14.56,17.46,21.29,25.1,29.97,"30,280","36,330","44,280","52,200","62,340",,', [30280,36330,44280,52200,62340]),
 "41-9041": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,41-9041,Telemarketers,detailed,"81,580",2.9,,,,,17.64,"36,680",1.1,11.74,13.85,16.58,19.41,23.9,"24,430","28,810","34,480","40,380","49,700",,', [24430,28810,34480,40380,49700]),
 "41-2031": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,41-2031,Retail Salespersons,detailed,"3,684,740",0.7,,,,,17.64,"36,690",0.4,11.42,13.75,16.19,17.98,23.13,"23,740","28,600","33,680","37,390","48,110",,', [23740,28600,33680,37390,48110]),
 "43-1011": ('99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,43-1011,First-Line Supervisors of Office and Administrative Support Workers,detailed,"1,504,570",0.4,,,,,32.99,"68,620",0.2,19.74,24.12,30.5,38.31,48.21,"41,060","50,160","63,450","79,690","100,270",,', [41060,50160,63450,79690,100270]),
}
COV_CSR = L("all customer service representatives (BLS 43-4051)",
            "alle klantenservicemedewerkers (BLS 43-4051)",
            "alle Kundenservicemitarbeiter (BLS 43-4051)",
            "alle kundeservicemedarbeidere (BLS 43-4051)",
            "kõik klienditeenindajad (BLS 43-4051)")
COV_SUP = L("all first-line supervisors of office and administrative support workers (BLS 43-1011)",
            "alle direct leidinggevenden van kantoor- en administratief personeel (BLS 43-1011)",
            "alle direkten Vorgesetzten von Büro- und Verwaltungskräften (BLS 43-1011)",
            "alle førstelinjeledere for kontor- og administrasjonsansatte (BLS 43-1011)",
            "kõik kontori- ja haldustöötajate vahetud juhid (BLS 43-1011)")
US = [("customer_service_rep","43-4051",None,None),("receptionist","43-4171",None,None),("concierge","39-6012",None,None),
      ("lodging_manager","11-9081",None,None),("bank_teller","43-3071",None,None),("secretary","43-6014",None,None),
      ("telemarketer","41-9041",None,None),("retail_sales","41-2031",None,None),
      ("call_centre_operator","43-4051","proxy",COV_CSR),("customer_support_specialist","43-4051","proxy",COV_CSR),
      ("team_leader","43-1011","group",COV_SUP),("customer_service_manager","43-1011","group",COV_SUP)]
HEADER = "columns A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90 (the last five amounts in the row)"
for role, code, cov, covers in US:
    row, vals = ROWS[code]
    for stat, v in zip(["p10","p25","median","p75","p90"], vals):
        ADD[role].append(fig("us", stat, "annual", v, "USD",
            C("bls-oews-2023", row, note=f"BLS OEWS national cross-industry row for occupation {code}; {HEADER}. Wage-and-salary workers, full- and part-time, all industries; self-employed not included."),
            year=2023, coverage=cov, covers=covers, basis="all_employees"))

# ---------------- NL ----------------
ADD["retail_sales"].append(fig("nl","median","hourly",13.2,"EUR",
    C("cbs-85517ned-2022","0332 Verkoopmedewerkers detailhandel 2022 287 13,20",
      gloss="0332 Retail sales staff, 2022, 287 thousand employees, median gross hourly wage €13.20",
      note="CBS occupation 0332 (BRC 2014). Columns: occupation, period, employees (x 1,000), gross hourly wage 50th percentile (median) (euro). Employees aged 15-75, full- and part-time."),
    year=2022, basis="all_employees"))
COV_0334 = L("outbound call-centre staff (CBS occupation 0334)",
             "callcentermedewerkers outbound (CBS-beroep 0334)",
             "Callcenter-Mitarbeiter im Outbound (CBS-Beruf 0334)",
             "utgående kundesentermedarbeidere (CBS-yrke 0334)",
             "väljuvate kõnede kõnekeskuse töötajad (CBS amet 0334)")
q0334 = C("cbs-85517ned-2022","0334 Callcentermedewerkers outbound... 2022 113 17,20",
      gloss="0334 Outbound call-centre staff…, 2022, 113 thousand employees, median gross hourly wage €17.20",
      note="CBS occupation 0334 (BRC 2014); the stored table cuts the label short after 'outbound', so the class may include more than outbound call-centre staff. Employees aged 15-75, full- and part-time.")
ADD["telemarketer"].append(fig("nl","median","hourly",17.2,"EUR",q0334,year=2022,basis="all_employees"))
ADD["call_centre_operator"].append(fig("nl","median","hourly",17.2,"EUR",q0334,year=2022,coverage="proxy",covers=COV_0334,basis="all_employees"))
COV_NL_MAN = L("all managers (CBS occupation group 05)","alle managers (CBS-beroepsgroep 05)","alle Führungskräfte (CBS-Berufsgruppe 05)","alle ledere (CBS-yrkesgruppe 05)","kõik juhid (CBS ametirühm 05)")
for role in ["lodging_manager","customer_service_manager"]:
    ADD[role].append(fig("nl","median","hourly",38.0,"EUR",
        C("cbs-85517ned-2022-groups","05 Managers 2022 342 38,00",gloss="05 Managers, 2022, 342 thousand employees, median gross hourly wage €38.00",
          note="CBS occupation group 05 (BRC 2014), all managers. Employees aged 15-75, full- and part-time."),
        year=2022,coverage="group",covers=COV_NL_MAN,basis="all_employees"))
q_man = "Gemiddeld bruto maandsalaris: € 2.450 tot € 3.100, afhankelijk van ervaring en verantwoordelijkheden"
g_man = "Average gross monthly salary: €2,450 to €3,100, depending on experience and responsibilities"
n_man = "A range the source calls average, without percentiles: stored as low/high. The page also gives €14.50-€17.50 an hour, which is not entered: at 2,080 hours a year it does not match the monthly range within 1 %. The page is dated 13 October 2025 but gives no data year."
COV_NL_CS = L("customer service staff (ManpowerGroup's range for customer service medewerkers)",
              "klantenservicemedewerkers (bandbreedte van ManpowerGroup)",
              "Kundenservicemitarbeiter (Spanne von ManpowerGroup)",
              "kundeservicemedarbeidere (ManpowerGroups lønnsspenn)",
              "klienditeenindajad (ManpowerGroupi palgavahemik)")
for stat, v in [("low",2450),("high",3100)]:
    ADD["customer_service_rep"].append(fig("nl",stat,"monthly",v,"EUR",C("manpower-nl-csr",q_man,gloss=g_man,note=n_man)))
    ADD["customer_support_specialist"].append(fig("nl",stat,"monthly",v,"EUR",C("manpower-nl-csr",q_man,gloss=g_man,note=n_man),coverage="proxy",covers=COV_NL_CS))
q_sec = "Randstad noemt voor de functie secretaresse een bedrag van 2.500 tot 2.700 euro bruto per maand voor een fulltimebaan, wat neerkomt op 33.000 euro per jaar."
g_sec = "Randstad gives €2,500 to €2,700 gross a month for a full-time secretary job, about €33,000 a year."
for stat, v in [("low",2500),("high",2700)]:
    ADD["secretary"].append(fig("nl",stat,"monthly",v,"EUR",C("nu-nl-secretaresse",q_sec,gloss=g_sec,
        note="A range without percentiles: stored as low/high. The article is from November 2022 but gives no data year; the rounded €33,000 a year is not entered."),basis="full_time"))
ADD["receptionist"].append(fig("nl","average","monthly",2345,"EUR",
    C("welingelichtekringen-indeed","Een receptionist in de horeca verdient gemiddeld 2345 euro",gloss="A receptionist in hospitality earns on average €2,345",
      note="Indeed's average for receptionists in hotels and restaurants, per the article 'uitgaande van een fulltime contract' (assuming a full-time contract). No data year is given."),basis="full_time"))
ADD["retail_sales"].append(fig("nl","average","monthly",2090,"EUR",
    C("welingelichtekringen-indeed","Als kassa- of verkoopmedewerker kun je 2090 euro verdienen",gloss="As a cashier or sales assistant you can earn €2,090",
      note="Indeed's average gross monthly salary for cashiers and sales assistants, assuming a full-time contract (the article's stated basis). No data year is given."),basis="full_time"))

# ---------------- DE ----------------
COV_BANK = L("all trained bank clerks (Bankkaufleute), not only counter staff",
             "alle opgeleide bankmedewerkers (Bankkaufleute), niet alleen baliemedewerkers",
             "alle Bankkaufleute, nicht nur Schalterpersonal",
             "alle faglærte bankfunksjonærer (Bankkaufleute), ikke bare skrankeansatte",
             "kõik väljaõppinud pangaametnikud (Bankkaufleute), mitte ainult kassapidajad")
n_bank = "Bundesagentur für Arbeit data as reported by news.de: median ('Medianentgelt') and quartiles of gross monthly pay for Bankkaufleute; the BA's pay figures cover full-time employees subject to social insurance. No data year is given."
ADD["bank_teller"].append(fig("de","median","monthly",5235,"EUR",C("news-de-bankkaufleute","Nach Daten der Bundesagentur für Arbeit verdienen Bankkaufleute in Deutschland im Mittel 5.235 Euro.",
    gloss="According to Federal Employment Agency data, bank clerks in Germany earn a median of €5,235.",note=n_bank),coverage="proxy",covers=COV_BANK,basis="full_time"))
q_bq = "Wer als Bankkaufmann weniger als 4.127 Euro verdient, gehört zu dem Viertel mit dem niedrigsten Gehalt. Um in diesem Beruf dagegen dem reichsten Viertel zu anzugehören, ist ein Bruttoeinkommen von mehr als 6.466 Euro nötig."
g_bq = "A bank clerk earning less than €4,127 is in the lowest-paid quarter; to be in the best-paid quarter in this job takes a gross income of more than €6,466."
for stat, v in [("p25",4127),("p75",6466)]:
    ADD["bank_teller"].append(fig("de",stat,"monthly",v,"EUR",C("news-de-bankkaufleute",q_bq,gloss=g_bq,note=n_bank),coverage="proxy",covers=COV_BANK,basis="full_time"))
COV_FASH = L("full-time sales staff in clothing, shoe, sport and leather-goods retail",
             "voltijdse verkopers in kleding-, schoen-, sport- en lederwarenwinkels",
             "Vollzeit-Verkaufskräfte im Bekleidungs-, Schuh-, Sport- und Lederwarenhandel",
             "heltidsansatte selgere i klær-, sko-, sport- og lærvarehandel",
             "täistööajaga müüjad rõiva-, jalatsi-, spordi- ja nahktoodete kaubanduses")
n_bte = "Bundesagentur für Arbeit study reported by the BTE: full-time sales staff subject to social insurance in fashion, shoe, sport and leather-goods retail only, 2023."
ADD["retail_sales"].append(fig("de","median","monthly",2646,"EUR",C("bte-outfithandel-2023",
    "Die Bundesagentur für Arbeit (BA) hat errechnet, dass der Median des Entgelts der sozialversicherungspflichtigen Vollzeit-Verkaufskräfte im Bekleidungs-, Schuh-, Sport- und Lederwarenhandel 2023 bei 2.646 Euro lag.",
    gloss="The Federal Employment Agency (BA) calculated that the median pay of full-time sales staff subject to social insurance in clothing, shoe, sport and leather-goods retail was €2,646 in 2023.",note=n_bte),
    year=2023,coverage="proxy",covers=COV_FASH,basis="full_time"))
q_bte = "Selbst bei den mittleren 50 Prozent der Bruttogehälter liegt deren Bandbreite zwischen 2.209 bis 3.188 Euro."
g_bte = "Even the middle 50 per cent of gross salaries range from €2,209 to €3,188."
for stat, v in [("p25",2209),("p75",3188)]:
    ADD["retail_sales"].append(fig("de",stat,"monthly",v,"EUR",C("bte-outfithandel-2023",q_bte,gloss=g_bte,note=n_bte+" The bounds of the middle 50 % are the 25th and 75th percentiles."),
        year=2023,coverage="proxy",covers=COV_FASH,basis="full_time"))
ADD["retail_sales"].append(fig("de","median","annual",37750,"EUR",C("24ds-stepstone-verkauf",
    "So erhalten Verkäuferinnen und Verkäufer im Mittel 37.750 Euro, während Filialleiter mit 54.500 Euro entlohnt werden.",
    gloss="Sales assistants receive a median of €37,750, while branch managers are paid €54,500.",
    note="StepStone Gehaltsreport as reported by 24ds.org; 'im Mittel' read as the median, the measure the article's other figures name ('Bruttomediangehalt'). Annual gross. No data year is given.")))
ADD["secretary"].append(fig("de","median","annual",40250,"EUR",C("workingoffice-gehaltsreport-2025",
    "liegt das Bruttomediangehalt für Büroassistenzen bei 39.750 Euro, dicht gefolgt das von Teamassistenzen bei 40.000 Euro und im Sekretariat bei 40.250 Euro.",
    gloss="the gross median salary is €39,750 for office assistants, closely followed by team assistants at €40,000 and secretarial staff at €40,250.",
    note="StepStone Gehaltsreport 2025 (pay data including bonuses collected January 2022 to November 2024, so no single data year); the secretarial ('Sekretariat') figure.")))
COV_BUERO = L("office clerks (Bürokaufleute)","kantoorbedienden (Bürokaufleute)","Bürokaufleute","kontorfunksjonærer (Bürokaufleute)","kontoriametnikud (Bürokaufleute)")
ADD["secretary"].append(fig("de","average","monthly",2713,"EUR",C("stepstone-buerokaufleute",
    "Das durchschnittliche Gehalt eines/r Bürokaufmann/frau liegt bei 2.713 Euro brutto im Monat.",
    gloss="The average salary of an office clerk is €2,713 gross a month.",note="StepStone salary page; no data year is given."),coverage="proxy",covers=COV_BUERO))
COV_HOTEL = L("trained hotel staff (Hotelfachleute), who work at reception and in other hotel departments",
              "opgeleide hotelmedewerkers (Hotelfachleute), aan de receptie en op andere hotelafdelingen",
              "Hotelfachleute, am Empfang und in anderen Hotelabteilungen",
              "faglærte hotellansatte (Hotelfachleute), i resepsjonen og andre hotellavdelinger",
              "väljaõppinud hotellitöötajad (Hotelfachleute), vastuvõtus ja teistes hotelliosakondades")
q_hf = "Dieses liegt zum Berufseinstieg bei 2.010 Euro monatlich, und nach zehn Jahren werden durchschnittlich 2.290 Euro im Monat gezahlt."
g_hf = "It is €2,010 a month at entry, and after ten years an average of €2,290 a month is paid."
n_hf = "WSI-Lohnspiegel survey of Hotelfachleute: average gross monthly pay at entry and with ten years of experience. No data year is given."
for role in ["receptionist","concierge"]:
    ADD[role].append(fig("de","average","monthly",2010,"EUR",C("lohnspiegel-hotelfachleute",q_hf,gloss=g_hf,note=n_hf),coverage="proxy",covers=COV_HOTEL,experience={"from":0,"to":1}))
    ADD[role].append(fig("de","average","monthly",2290,"EUR",C("lohnspiegel-hotelfachleute",q_hf,gloss=g_hf,note=n_hf),coverage="proxy",covers=COV_HOTEL,experience={"from":10,"to":11}))
COV_FOM = L("hotel front-office managers (Empfangsleiter), not general managers",
            "front-office managers in hotels (Empfangsleiter), geen algemeen directeuren",
            "Front Office Manager / Empfangsleiter in Hotels, keine Hoteldirektoren",
            "resepsjonssjefer i hotell (Empfangsleiter), ikke hotelldirektører",
            "hotellide vastuvõtujuhid (Empfangsleiter), mitte tegevjuhid")
q_fom = "Ein Front Office Manager / Empfangsleiter bekommt im Schnitt zwischen 44.400 Euro (Budget) und 54.000 Euro (Luxus)."
g_fom = "A front office manager gets on average between €44,400 (budget) and €54,000 (luxury)."
for stat, v in [("low",44400),("high",54000)]:
    ADD["lodging_manager"].append(fig("de",stat,"annual",v,"EUR",C("hotelvor9-konen-lorenzen",q_fom,gloss=g_fom,
        note="Konen & Lorenzen 'Gehaltsübersicht 2023', averages of contracts the recruiter placed in the previous twelve months, by hotel segment; the budget and luxury averages are stored as low/high. No data year beyond the report's title."),
        coverage="proxy",covers=COV_FOM))
COV_TL = L("team leaders in all fields (StepStone)","teamleiders in alle vakgebieden (StepStone)","Teamleiter/innen aller Fachrichtungen (StepStone)","teamledere i alle fagfelt (StepStone)","kõigi valdkondade meeskonnajuhid (StepStone)")
ADD["team_leader"].append(fig("de","median","annual",55000,"EUR",C("stepstone-teamleiter",
    "Der Gehaltsmedian für Teamleiter/innen liegt bei rund 55.000 Euro im Jahr",
    gloss="The median salary for team leaders is about €55,000 a year",note="StepStone salary page; 'rund' (about). No data year is given."),coverage="proxy",covers=COV_TL))
COV_CC = L("all employees of call centres (StepStone and Gehalt.de)","alle werknemers van callcenters (StepStone en Gehalt.de)","alle Beschäftigten in Callcentern (StepStone und Gehalt.de)","alle ansatte i kundesentre (StepStone og Gehalt.de)","kõik kõnekeskuste töötajad (StepStone ja Gehalt.de)")
for role in ["call_centre_operator","customer_service_rep","telemarketer"]:
    ADD[role].append(fig("de","average","annual",28916,"EUR",C("lz-stepstone-callcenter",
        "Nur Hotels und Gastsstätten (31 200) und Callcenter (28 916) zahlen schlechter.",
        gloss="Only hotels and restaurants (31,200) and call centres (28,916) pay worse.",
        note="Average gross annual pay by industry from the StepStone/Gehalt.de salary report (the article gives 'das durchschnittliche Bruttogehalt' for Germany as the comparison). No data year is given."),
        coverage="sector",covers=COV_CC))

# ---------------- NO ----------------
n_ks = "SSB figures for 2022 as reported by Kundeserviceavisen ('Dette er tall fra 2022 hentet fra SSB'); monthly earnings, which SSB defines per full-time equivalent."
q_kc = "Kundesentermedarbeidere har en gjennomsnittslønn på 43 140 kroner og en medianlønn på 41 080 kroner."
g_kc = "Contact-centre workers have an average wage of NOK 43,140 and a median wage of NOK 41,080."
COV_KC = L("contact-centre workers (SSB occupation kundesentermedarbeidere)","contactcentermedewerkers (SSB-beroep kundesentermedarbeidere)","Kontaktcenter-Mitarbeiter (SSB-Beruf kundesentermedarbeidere)","kundesentermedarbeidere (SSB-yrke)","kontaktkeskuse töötajad (SSB amet kundesentermedarbeidere)")
for role, cov in [("call_centre_operator",None),("customer_service_rep",None),("customer_support_specialist","proxy")]:
    note = n_ks + (" SSB's occupation 'kundesentermedarbeidere' (contact-centre workers) is where most Norwegian customer service staff are counted." if role=="customer_service_rep" else "")
    for stat, v in [("average",43140),("median",41080)]:
        ADD[role].append(fig("no",stat,"monthly",v,"NOK",C("kundeserviceavisen-ssb-2022",q_kc,gloss=g_kc,note=note),year=2022,coverage=cov,covers=COV_KC if cov else None,basis="full_time_equivalent"))
for stat, v in [("average",42670),("median",40980)]:
    ADD["bank_teller"].append(fig("no",stat,"monthly",v,"NOK",C("kundeserviceavisen-ssb-2022",
        "Kundebehandler i bank og postkontor har en gjennomsnittslønn på 42 670 kroner, og en medianlønn på 40 980 kroner.",
        gloss="Customer clerks in banks and post offices have an average wage of NOK 42,670 and a median wage of NOK 40,980.",note=n_ks+" The occupation covers bank and post-office counter clerks."),year=2022,basis="full_time_equivalent"))
for stat, v in [("average",42620),("median",42200)]:
    ADD["receptionist"].append(fig("no",stat,"monthly",v,"NOK",C("kundeserviceavisen-ssb-2022",
        "Resepsjonister, utenom hotell, tjener 42 620 kroner, med en medianlønn på 42 200 kroner.",
        gloss="Receptionists, other than in hotels, earn NOK 42,620, with a median wage of NOK 42,200.",note=n_ks+" 'tjener 42 620 kroner' is the average, as for the other occupations in the article."),year=2022,basis="full_time_equivalent"))
COV_HR = L("hotel receptionists (no concierge occupation in the source)","hotelreceptionisten (de bron kent geen beroep conciërge)","Hotelrezeptionisten (die Quelle führt keinen Beruf Concierge)","hotellresepsjonister (kilden har ikke eget yrke for concierge)","hotelli administraatorid (allikas pole eraldi ametit uksehoidjale)")
for stat, v in [("average",34800),("median",34410)]:
    ADD["concierge"].append(fig("no",stat,"monthly",v,"NOK",C("kundeserviceavisen-ssb-2022",
        "Hotellresepsjonister tjener i snitt 34 800 kroner, med en medianlønn på 34 410 kroner.",
        gloss="Hotel receptionists earn on average NOK 34,800, with a median wage of NOK 34,410.",note=n_ks),year=2022,coverage="proxy",covers=COV_HR,basis="full_time_equivalent"))
q_tm = "For telefon- og nettselgere er høyeste betalte 588 840 kroner, medianlønn 470 880 kroner og lavest betalte 353 040 kroner."
g_tm = "For telephone and online sellers the highest paid is NOK 588,840, the median NOK 470,880 and the lowest paid NOK 353,040."
n_tm = "utdanning.no 'Sammenlign' data (source SSB) as reported by Kundeserviceavisen: annual pay, 'både heltid- og deltidsansatte, begge kjønn' (full- and part-time employees, both sexes). 'Highest paid' and 'lowest paid' are stored as high/low; the source names no percentile. No data year is given."
for stat, v in [("low",353040),("median",470880),("high",588840)]:
    ADD["telemarketer"].append(fig("no",stat,"annual",v,"NOK",C("kundeserviceavisen-utdanning",q_tm,gloss=g_tm,note=n_tm),basis="all_employees"))
ADD["retail_sales"].append(fig("no","average","annual",380000,"NOK",C("finansradet-butikkmedarbeider",
    "Ifølge Statistisk Sentralbyrå er gjennomsnittslønnen for en butikkmedarbeider på ca kr 380 000 i året.",
    gloss="According to Statistics Norway, the average pay of a shop assistant is about NOK 380,000 a year.",
    note="A rounded ('ca', about) figure from a secondary site citing SSB; the page is headed 'Lønn i 2018/2019' but states no data year.")))
COV_KONTOR = L("all clerical occupations (SSB occupation group)","alle administratieve beroepen (SSB-beroepsgroep)","alle Büroberufe (SSB-Berufsgruppe)","alle kontoryrker (SSB-yrkesgruppe)","kõik kontoriametid (SSB ametirühm)")
ADD["secretary"].append(fig("no","average","monthly",49790,"NOK",C("ssb-lonn-2024","Kontoryrker 47 120 49 790 5,7",
    gloss="Clerical occupations: NOK 47,120 (2023), NOK 49,790 (2024), +5.7 %",
    note="SSB table 'Gjennomsnittlig månedslønn for ulike yrkesgrupper' (average monthly earnings by occupation group), columns 2023, 2024, change in per cent; the 2024 value. SSB's monthly earnings are per full-time equivalent."),
    year=2024,coverage="group",covers=COV_KONTOR,basis="full_time_equivalent"))
COV_LEDERE = L("all managers (SSB occupation group)","alle managers (SSB-beroepsgroep)","alle Führungskräfte (SSB-Berufsgruppe)","alle ledere (SSB-yrkesgruppe)","kõik juhid (SSB ametirühm)")
for role in ["lodging_manager","customer_service_manager"]:
    ADD[role].append(fig("no","average","monthly",86310,"NOK",C("ssb-lonn-2024","Ledere 82 300 86 310 4,9",
        gloss="Managers: NOK 82,300 (2023), NOK 86,310 (2024), +4.9 %",
        note="SSB table 'Gjennomsnittlig månedslønn for ulike yrkesgrupper' (average monthly earnings by occupation group), columns 2023, 2024, change in per cent; the 2024 value. SSB's monthly earnings are per full-time equivalent."),
        year=2024,coverage="group",covers=COV_LEDERE,basis="full_time_equivalent"))

# ---------------- EE ----------------
ADD["retail_sales"].append(fig("ee","median","monthly",813,"EUR",C("arileht-palgarakendus-muujad",
    "Palgarakenduse järgi oli poemüüjate mediaanpalk 813 eurot.",
    gloss="According to the wage app, the median pay of shop salespeople was €813.",
    note="Statistics Estonia's wage app (ametipalk.stat.ee), which shows the median pay of registered full-time employees; the article (October 2021) does not state the quarter's year in this sentence."),basis="full_time"))
q_kt = "Klienditeenindajate brutopalga mediaan kerkis 704 eurole ja autojuhtidel 900 eurole."
g_kt = "The gross median pay of customer service workers rose to €704, and of drivers to €900."
n_kt = "CV Keskus and Palgainfo Agentuur labour-market survey (over 14,000 respondents) as reported in March 2018; no data year is given."
COV_EE_CS = L("customer service workers (CV Keskus and Palgainfo survey)","klantenservicemedewerkers (enquête van CV Keskus en Palgainfo)","Kundenservicemitarbeiter (Umfrage von CV Keskus und Palgainfo)","kundeservicemedarbeidere (undersøkelse fra CV Keskus og Palgainfo)","klienditeenindajad (CV Keskuse ja Palgainfo uuring)")
ADD["customer_service_rep"].append(fig("ee","median","monthly",704,"EUR",C("kaubandus-klienditeenindajad",q_kt,gloss=g_kt,note=n_kt)))
for role in ["call_centre_operator","customer_support_specialist"]:
    ADD[role].append(fig("ee","median","monthly",704,"EUR",C("kaubandus-klienditeenindajad",q_kt,gloss=g_kt,note=n_kt),coverage="proxy",covers=COV_EE_CS))
n_pi = "Palgainfo Agentuur survey as reported by Delfi Ärileht, gross median pay in autumn 2020 by occupation group."
COV_KONT = L("all clerical support workers (Palgainfo occupation group)","alle administratief ondersteunende medewerkers (beroepsgroep van Palgainfo)","alle Bürokräfte (Berufsgruppe von Palgainfo)","alle kontorarbeidere (yrkesgruppe hos Palgainfo)","kõik kontoriametnikud (Palgainfo ametirühm)")
for role in ["secretary","receptionist"]:
    ADD[role].append(fig("ee","median","monthly",1188,"EUR",C("arileht-palgainfo-2020",
        "Tippspetsialistide brutotöötasu mediaan oli 2020. aasta sügisel 1790 eurot ja kontoriametnikel 1188 eurot.",
        gloss="The gross median pay of top specialists was €1,790 in autumn 2020, and of clerical support workers €1,188.",note=n_pi),
        year=2020,coverage="group",covers=COV_KONT))
COV_FLM = L("all first-line managers (Palgainfo occupation group)","alle leidinggevenden op het eerste niveau (beroepsgroep van Palgainfo)","alle Führungskräfte der ersten Ebene (Berufsgruppe von Palgainfo)","alle førstelinjeledere (yrkesgruppe hos Palgainfo)","kõik esmatasandi juhid (Palgainfo ametirühm)")
for role in ["team_leader","customer_service_manager","lodging_manager"]:
    ADD[role].append(fig("ee","median","monthly",1668,"EUR",C("arileht-palgainfo-2020",
        "Esmatasandi juhtide brutotöötasu mediaan oli 2020. aasta sügisel 1668 eurot, seadme- ja masinaoperaatoritel 1251 eurot ning lihttöölistel 832 eurot.",
        gloss="The gross median pay of first-line managers was €1,668 in autumn 2020, of plant and machine operators €1,251 and of elementary workers €832.",note=n_pi),
        year=2020,coverage="group",covers=COV_FLM))
COV_ACC = L("all jobs in accommodation and food service (Statistics Estonia)","alle banen in logies en horeca (Statistikaamet)","alle Beschäftigten im Gastgewerbe (Statistikaamet)","alle ansatte i overnattings- og serveringsvirksomhet (Statistikaamet)","kõik majutuse ja toitlustuse tegevusala töötajad (Statistikaamet)")
ADD["lodging_manager"].append(fig("ee","average","monthly",1178,"EUR",C("stat-ee-palk-2023q2",
    "Madalaim oli keskmine palk aga majutuse ja toitlustuse (1178 eurot), muude teenindavate tegevuste* (1191 eurot) ja kinnisvaraalase tegevuse (1268 eurot) alal.",
    gloss="The average wage was lowest in accommodation and food service (€1,178), other service activities (€1,191) and real estate (€1,268).",
    note="Statistics Estonia, average gross monthly wage by economic activity, second quarter of 2023."),
    year=2023,coverage="sector",covers=COV_ACC))

# ---------------- existing figures ----------------
REMOVE = {"bls-ooh-tellers-2014","bls-ooh-receptionists-2016","careerplanner-receptionists","myplan-lodging-managers","bls-ooh-secretaries-2024","bls-ooh-retail-sales-2024"}
removed = []
for r in d["roles"]:
    keep = []
    for f in r["pay"]:
        src_ = f["cite"]["source"]
        if src_ in REMOVE:
            removed.append((r["id"], src_, f["stat"], f["period"], f["amount"], f.get("year"))); continue
        if src_ == "bls-oes-431011-2020":
            # rebuild with coverage/covers placed before cite
            g = {k: f[k] for k in ["stat","period","amount","currency","year"]}
            g["coverage"] = "group"; g["covers"] = COV_SUP; g["cite"] = f["cite"]
            f = g
        keep.append(f)
    r["pay"] = keep + ADD[r["id"]]

json.dump(d, open(P, "w"), indent=2, ensure_ascii=False); open(P, "a").write("\n")
for x in removed: print("removed", x)
print("added", sum(len(v) for v in ADD.values()), "figures,", len(S), "sources")
