<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>About</name>
    <message>
        <location filename="../../sroi_app/ui/about.py" line="+66"/>
        <source>The societal return (SROI / MKBA) of spatial interventions, for municipalities and their partners.</source>
        <translation>Het maatschappelijk rendement (SROI / MKBA) van ruimtelijke ingrepen, voor gemeenten en hun partners.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario format {format} · Python {python} · Qt {qt} (PySide6 {pyside})</source>
        <translation>Scenarioformaat {format} · Python {python} · Qt {qt} (PySide6 {pyside})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: {licence} (European Union Public Licence)</source>
        <translation>Licentie: {licence} (European Union Public Licence)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price index: CBS consumer price index (CPI, StatLine), {first}–{last}; see {source}.</source>
        <translation>Prijsindex: consumentenprijsindex (CPI) van het CBS (StatLine), {first}–{last}; zie {source}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Documentation: {guide} · {method}</source>
        <translation>Documentatie: {guide} · {method}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user guide</source>
        <translation>handleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>methodology</source>
        <translation>methode</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About SROI-calculator</source>
        <translation>Over SROI-calculator</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../sroi_app/ui/actions.py" line="+22"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/export_actions.py" line="+341"/>
        <source>Export to &amp;Excel…</source>
        <translation>Exporteren naar &amp;Excel…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Report for the council…</source>
        <translation>&amp;Rapport voor de raad…</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/library_actions.py" line="+47"/>
        <source>Proxy &amp;library…</source>
        <translation>Proxy&amp;bibliotheek…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insert effect-chain &amp;template…</source>
        <translation>&amp;Sjabloon voor een effectketen invoegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unit-cost library…</source>
        <translation>&amp;Eenheidsprijzen…</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/import_actions.py" line="+129"/>
        <source>&amp;Import workbook…</source>
        <translation>Werkmap &amp;importeren…</translation>
    </message>
</context>
<context>
    <name>Alternatives</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="+112"/>
        <source>Add variant</source>
        <translation>Variant toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nulalternatief is what happens without the intervention (regular maintenance, for example). Every variant is compared with it: only the differences count. Tick the box to choose the nulalternatief.</source>
        <translation>Het nulalternatief is wat er gebeurt zonder de ingreep (bijvoorbeeld regulier onderhoud). Elke variant wordt ermee vergeleken: alleen de verschillen tellen. Vink het vakje aan om het nulalternatief te kiezen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Variant {n}</source>
        <translation>Variant {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
</context>
<context>
    <name>AreaType</name>
    <message>
        <location filename="../../sroi_app/ui/i18n.py" line="+138"/>
        <source>City centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residential area</source>
        <translation>Woonwijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority neighbourhood</source>
        <translation>Aandachtswijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redevelopment</source>
        <translation>Herontwikkeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobility hub</source>
        <translation>Mobiliteitsknooppunt</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../sroi_app/ui/widgets/chart.py" line="+56"/>
        <source>Save chart…</source>
        <extracomment>The scenario&apos;s price year, read at each redraw (set by the page that owns the view).</extracomment>
        <translation>Grafiek opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as PNG or SVG</source>
        <translation>Deze grafiek opslaan als PNG of SVG</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Save as PNG…</source>
        <translation>Opslaan als PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG…</source>
        <translation>Opslaan als SVG…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../sroi_app/ui/models/analysis_models.py" line="+140"/>
        <source>Own costs (PV)</source>
        <translation>Eigen kosten (CW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own benefits (PV)</source>
        <translation>Eigen baten (CW)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Own balance (PV)</source>
        <translation>Eigen saldo (CW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra costs against the nulalternatief (PV)</source>
        <translation>Extra kosten t.o.v. het nulalternatief (CW)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra benefits against the nulalternatief (PV)</source>
        <translation>Extra baten t.o.v. het nulalternatief (CW)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Per alternative</source>
        <translation>Per alternatief</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../sroi_app/ui/pages/comparison.py" line="+144"/>
        <source> (nulalternatief)</source>
        <translation> (nulalternatief)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra costs</source>
        <translation>Extra kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra benefits</source>
        <translation>Extra baten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra net</source>
        <translation>Extra saldo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Extra costs, B over A (ΔPV costs)</source>
        <translation>Extra kosten van B boven A (ΔCW kosten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra benefits, B over A (ΔPV benefits)</source>
        <translation>Extra baten van B boven A (ΔCW baten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra net present value (ΔNPV)</source>
        <translation>Extra netto contante waarde (ΔNCW)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incremental benefit-cost ratio (ΔPV benefits / ΔPV costs)</source>
        <translation>Incrementele baten/kosten-verhouding (ΔCW baten / ΔCW kosten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incremental internal rate of return</source>
        <translation>Incrementele interne rentevoet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discounted payback of the extra investment</source>
        <translation>Terugverdientijd van de extra investering (verdisconteerd)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B over A</source>
        <translation>B boven A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/comparison.py" line="-84"/>
        <source>What does the extra investment of</source>
        <translation>Wat levert de extra investering van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over</source>
        <translation>boven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buy?</source>
        <translation>op?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comparing needs at least two alternatives: add a variant on the Alternatives page.</source>
        <extracomment>The pair A, B chosen per document (by its file), so that it survives edits.</extracomment>
        <translation>Vergelijken vraagt minstens twee alternatieven: voeg een variant toe op de pagina Alternatieven.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All alternatives side by side: what each costs and brings on its own, and each variant against the nulalternatief. Below: what a more expensive variant B adds to a cheaper one A, computed with A as the reference.</source>
        <translation>Alle alternatieven naast elkaar: wat elk op zichzelf kost en oplevert, en elke variant ten opzichte van het nulalternatief. Daaronder: wat een duurdere variant B toevoegt aan een goedkopere A, berekend met A als nulalternatief.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One variant over another</source>
        <translation>De ene variant boven de andere</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose two different alternatives.</source>
        <translation>Kies twee verschillende alternatieven.</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="+60"/>
        <source>From the unit-cost library…</source>
        <translation>Uit de eenheidsprijzen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected cost</source>
        <translation>Geselecteerde kostenpost</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals per payer</source>
        <translation>Totalen per betaler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments and running costs per alternative: who pays, how much per time, in which years (0 is the base year) and how often. Optimism bias raises amounts for the usual cost overruns.</source>
        <translation>Investeringen en lopende kosten per alternatief: wie betaalt, hoeveel per keer, in welke jaren (0 is het basisjaar) en hoe vaak. Optimism bias verhoogt bedragen voor de gebruikelijke kostenoverschrijdingen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New cost</source>
        <translation>Nieuwe kostenpost</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/widgets/cost_totals.py" line="+58"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the horizon</source>
        <translation>Over de horizon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present value</source>
        <translation>Contante waarde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The alternative&apos;s own costs per payer, in the scenario&apos;s prices with the optimism bias: summed over the horizon, and discounted to the start year.</source>
        <translation>De eigen kosten van het alternatief per betaler, in de prijzen van het scenario en met de optimism bias: opgeteld over de horizon, en contant gemaakt naar het startjaar.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../sroi_app/ui/crash.py" line="+87"/>
        <source>Something went wrong inside the program. The details are in:
{log}</source>
        <translation>Er is iets misgegaan in het programma. De details staan in:
{log}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your unsaved changes were kept in a recovery copy; the program offers it back at its next start. Save your work and restart the program.</source>
        <translation>Uw niet-opgeslagen wijzigingen zijn bewaard in een herstelkopie; het programma biedt die bij de volgende start aan. Sla uw werk op en start het programma opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <location filename="../../sroi_app/ui/models/library_models.py" line="+452"/>
        <source>Change {input} (quantity recomputed)</source>
        <translation>{input} wijzigen (aantal herberekend)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in formula</source>
        <translation>Naam in formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/widgets/derivation.py" line="+48"/>
        <source>Derivation of the quantity</source>
        <translation>Afleiding van het aantal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use the derived quantity</source>
        <translation>Afgeleid aantal gebruiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity of this effect is entered directly; it has no kept derivation. Effects inserted from a template keep theirs (population × share × uptake).</source>
        <translation>Het aantal van dit effect is direct ingevoerd; er is geen afleiding bewaard. Effecten uit een sjabloon bewaren die wel (inwoners × aandeel × bereik).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Derived: {value} {unit}</source>
        <translation>Afgeleid: {value} {unit}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../sroi_app/ui/dialogs.py" line="+44"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}” heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{file}” cannot be opened:</source>
        <translation>“{file}” kan niet worden geopend:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open file</source>
        <translation>Bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder with that name is in the way</source>
        <translation>er staat een map met die naam in de weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no permission to write there (is the file open in another program, or is the file or folder read-only?)</source>
        <translation>geen toestemming om daar te schrijven (is het bestand geopend in een ander programma, of is het bestand of de map alleen-lezen?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk or network share is read-only</source>
        <translation>de schijf of netwerkmap is alleen-lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is read-only (remove the read-only mark, or use Save as)</source>
        <translation>het bestand is alleen-lezen (haal die markering weg, of kies Opslaan als)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not an ordinary file (a device or a pipe)</source>
        <translation>het is geen gewoon bestand (een apparaat of een pipe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a shortcut (symbolic link) that leads nowhere</source>
        <translation>het is een snelkoppeling (symbolische link) die nergens heen leidt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the operating system refused ({detail})</source>
        <translation>het besturingssysteem weigerde ({detail})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{file}” cannot be saved: {reason}.</source>
        <translation>“{file}” kan niet worden opgeslagen: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file on disk has not been changed and your changes are still open. Save them somewhere else with File &gt; Save as.</source>
        <translation>Het bestand op schijf is niet veranderd en uw wijzigingen staan nog open. Sla ze ergens anders op met Bestand &gt; Opslaan als.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save file</source>
        <translation>Bestand kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File changed on disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{file}” was changed on disk after you opened it, by another window or program. Saving now would overwrite those changes.</source>
        <translation>“{file}” is op schijf gewijzigd nadat u het opende, door een ander venster of programma. Nu opslaan overschrijft die wijzigingen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overwrite it with your version, or save yours as a new file?</source>
        <translation>Overschrijven met uw versie, of uw versie als nieuw bestand opslaan?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The program did not close properly. A recovery copy of “{name}” from {when} was found.

File: {source}

Restore it? No deletes this copy; Cancel keeps it for the next start.</source>
        <translation>Het programma is niet goed afgesloten. Er is een herstelkopie van “{name}” van {when} gevonden.

Bestand: {source}

Terugzetten? Nee verwijdert deze kopie; Annuleren bewaart haar voor de volgende start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are {count} more recovery copies; they are offered after this one.</source>
        <translation>Er zijn nog {count} herstelkopieën; die worden na deze aangeboden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore recovery copy</source>
        <translation>Herstelkopie terugzetten</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../sroi_app/ui/controller.py" line="+53"/>
        <source>Change {field}</source>
        <translation>Wijzig {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {thing}</source>
        <translation>Voeg {thing} toe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {thing}</source>
        <translation>Verwijder {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {thing}</source>
        <translation>Verplaats {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate alternative</source>
        <translation>Dupliceer alternatief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change id</source>
        <translation>Wijzig id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the nulalternatief</source>
        <translation>Kies het nulalternatief</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a range to {field}</source>
        <translation>Bandbreedte toevoegen aan {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the range of {field}</source>
        <translation>Bandbreedte van {field} verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the range of {field}</source>
        <translation>Bandbreedte van {field} wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the Green Book optimism bias</source>
        <translation>Green Book-optimism bias toepassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore recovery copy</source>
        <translation>Herstelkopie terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import measurements</source>
        <translation>Metingen importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import actual spending</source>
        <translation>Werkelijke uitgaven importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace scenario</source>
        <translation>Vervang scenario</translation>
    </message>
</context>
<context>
    <name>Effects</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="+11"/>
        <source>Intervention</source>
        <translation>Ingreep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Output (prestatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome (effect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Empty: the scenario&apos;s price level.</source>
        <translation>Leeg: het prijspeil van het scenario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected effect</source>
        <translation>Geselecteerd effect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain</source>
        <translation>Effectketen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy (what one unit is worth)</source>
        <translation>Proxy (wat één eenheid waard is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the proxy</source>
        <translation>Bron van de proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price level of the proxy</source>
        <translation>Prijspeil van de proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for the effect</source>
        <translation>Onderbouwing van het effect</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the library…</source>
        <translation>Uit de bibliotheek…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a template…</source>
        <translation>Uit een sjabloon…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Derivation of the quantity</source>
        <translation>Afleiding van het aantal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges</source>
        <translation>Bandbreedtes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the intervention brings about, per alternative: from intervention to output, outcome and impact, measured by an indicator and valued with a financial proxy. Deadweight, displacement and attribution take off what would have happened anyway, moved from elsewhere or is owed to others.</source>
        <translation>Wat de ingreep teweegbrengt, per alternatief: van ingreep via output en outcome naar impact, gemeten met een indicator en gewaardeerd met een financiële proxy. Deadweight, verplaatsing en attributie halen eraf wat toch al was gebeurd, van elders is verschoven of aan anderen te danken is.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New effect</source>
        <translation>Nieuw effect</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../sroi_app/ui/export_actions.py" line="-303"/>
        <source>Calculating…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the inputs…</source>
        <translation>Invoer schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the sources…</source>
        <translation>Bronnen schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the sensitivity sheet…</source>
        <translation>Gevoeligheidsblad schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the cash flows…</source>
        <translation>Kasstromen schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing who pays and who gains…</source>
        <translation>Wie betaalt, wie wint schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the summary and charts…</source>
        <translation>Samenvatting en grafieken schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the value map…</source>
        <translation>Waardekaart schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the MKBA overview…</source>
        <translation>MKBA-overzicht schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the notes…</source>
        <translation>Toelichting schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the report…</source>
        <translation>Rapport opmaken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the file…</source>
        <translation>Bestand opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder “{folder}” does not exist. Choose another folder.</source>
        <translation>De map “{folder}” bestaat niet. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is a folder called “{file}” in the way. Choose another file name.</source>
        <translation>Er staat een map met de naam “{file}” in de weg. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” cannot be written: permission denied. Is the file open in Excel or another program, or is the folder read-only? Close the file or choose another folder, and try again.</source>
        <translation>“{file}” kan niet worden geschreven: geen toestemming. Is het bestand geopend in Excel of een ander programma, of is de map alleen-lezen? Sluit het bestand of kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk or network share of “{folder}” is read-only. Choose another folder.</source>
        <translation>De schijf of netwerkmap van “{folder}” is alleen-lezen. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: “{file}” cannot be written. Free some space or choose another disk.</source>
        <translation>De schijf is vol: “{file}” kan niet worden geschreven. Maak ruimte vrij of kies een andere schijf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” has an unknown file type. Choose a name ending in .pdf or .html.</source>
        <translation>“{file}” heeft een onbekend bestandstype. Kies een naam die eindigt op .pdf of .html.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Het exporteren is afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is read-only and is left as it is. Choose another file name.</source>
        <translation>“{file}” is alleen-lezen en blijft zoals het is. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” is not an ordinary file (a device, a pipe or a socket) and is left as it is. Choose another file name.</source>
        <translation>“{file}” is geen gewoon bestand (een apparaat, een pipe of een socket) en blijft zoals het is. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}” is a shortcut (symbolic link) that leads nowhere. Choose another file name.</source>
        <translation>“{file}” is een snelkoppeling (symbolische link) die nergens heen leidt. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” is the scenario file itself; exporting there would destroy it. Choose another file name.</source>
        <translation>“{file}” is het scenariobestand zelf; daarheen exporteren zou het vernietigen. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{file}” cannot be written: the operating system refused ({detail}).</source>
        <translation>“{file}” kan niet worden geschreven: het besturingssysteem weigerde ({detail}).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved as “{file}”.</source>
        <extracomment>Export progress arrives as a fraction; the worker reports it in thousandths.</extracomment>
        <translation>Opgeslagen als “{file}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export failed because of an error in the program: {error}</source>
        <translation>Het exporteren is mislukt door een fout in het programma: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting “{file}”…</source>
        <translation>“{file}” exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported to {file}</source>
        <translation>Geëxporteerd naar {file}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report for the council</source>
        <translation>Rapport voor de raad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable web page (*.html)</source>
        <translation>Afdrukbare webpagina (*.html)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../sroi_app/ui/i18n.py" line="-65"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area type</source>
        <translation>Gebiedstype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base year (t = 0)</source>
        <translation>Basisjaar (t = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time horizon (years)</source>
        <translation>Tijdshorizon (jaren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate</source>
        <translation>Discontovoet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From year</source>
        <translation>Vanaf jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Voet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nulalternatief</source>
        <translation>Nulalternatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect chain</source>
        <translation>Effectketen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial proxy</source>
        <translation>Financiële proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Teken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative</source>
        <translation>Alternatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PM posts</source>
        <translation>PM-posten</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../sroi_app/ui/import_actions.py" line="-68"/>
        <source>… and {n} more changes</source>
        <translation>… en nog {n} wijzigingen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import workbook</source>
        <translation>Werkmap importeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmap (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the workbook…</source>
        <translation>De werkmap wordt gelezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} cannot come back into the model; nothing changed.</source>
        <translation>{file} kan niet terug in het model; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} cells changed against the scenario the workbook was exported from:</source>
        <translation>{n} cellen gewijzigd ten opzichte van het scenario waaruit de werkmap is geëxporteerd:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed against the scenario the workbook was exported from.</source>
        <translation>Niets gewijzigd ten opzichte van het scenario waaruit de werkmap is geëxporteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import is a new, unsaved document: save it under a name of your choice.</source>
        <translation>De import is een nieuw, nog niet opgeslagen document: sla het op onder een naam naar keuze.</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <location filename="../../sroi_app/ui/i18n.py" line="+68"/>
        <source>must be between 0% and 100%</source>
        <translation>moet tussen 0% en 100% liggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 0 or more</source>
        <translation>moet 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 1 or more</source>
        <translation>moet 1 of meer zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between -100% and 100%</source>
        <translation>moet tussen -100% en 100% liggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an id must be 1 to 64 characters long</source>
        <translation>een id moet 1 tot 64 tekens lang zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a calendar year between 1900 and 2300</source>
        <translation>moet een kalenderjaar tussen 1900 en 2300 zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 and 1000 years</source>
        <translation>moet tussen 0 en 1000 jaar liggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low must not be above high</source>
        <translation>laag mag niet boven hoog liggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number or a schedule of steps</source>
        <translation>moet een getal of een reeks stappen zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be yes or no</source>
        <translation>moet ja of nee zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must have at least one item</source>
        <translation>moet minstens één onderdeel hebben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not one of the allowed choices</source>
        <translation>is geen van de toegestane keuzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id &apos;{id}&apos; is used twice (also {other})</source>
        <translation>het id &apos;{id}&apos; komt twee keer voor (ook {other})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no {what} with id &apos;{id}&apos;</source>
        <translation>er is geen {what} met id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before the first year ({first_year})</source>
        <translation>mag niet voor het eerste jaar ({first_year}) liggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one alternative can be the nulalternatief</source>
        <translation>slechts één alternatief kan het nulalternatief zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule has no steps</source>
        <translation>de reeks heeft geen stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first step must start in year 0 (or 1)</source>
        <translation>de eerste stap moet in jaar 0 (of 1) beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must come after the previous step ({previous})</source>
        <translation>moet na de vorige stap ({previous}) komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{parameter}&apos; cannot carry a range</source>
        <translation>&apos;{parameter}&apos; kan geen bandbreedte hebben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value itself ({central}) must lie between low ({low}) and high ({high})</source>
        <translation>de waarde zelf ({central}) moet tussen laag ({low}) en hoog ({high}) liggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a range is only possible on a single discount rate</source>
        <translation>een bandbreedte kan alleen op één enkele discontovoet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no consumer price index before {first_year}; choose {first_year} or later</source>
        <translation>er is geen consumentenprijsindex vóór {first_year}; kies {first_year} of later</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown scenario format version</source>
        <translation>onbekende versie van het scenarioformaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still used by {count} cost(s), effect(s) or PM post(s)</source>
        <translation>wordt nog gebruikt door {count} kostenpost(en), effect(en) of PM-post(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a stakeholder first</source>
        <translation>voeg eerst een actor toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id &apos;{id}&apos; is already used</source>
        <translation>het id &apos;{id}&apos; is al in gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this field does not exist (any more)</source>
        <translation>dit veld bestaat niet (meer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the numbers are too large to compute with</source>
        <translation>de getallen zijn te groot om mee te rekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template cannot be applied ({reason})</source>
        <translation>het sjabloon kan niet worden toegepast ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quantity must be more than 0</source>
        <translation>de hoeveelheid moet groter zijn dan 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was entered for {year}</source>
        <translation>voor {year} is niets ingevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year} is already entered; one entry per year</source>
        <translation>{year} is al ingevuld; één regel per jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the year must lie between {first} (the start year) and {last}</source>
        <translation>het jaar moet tussen {first} (het startjaar) en {last} liggen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains an invalid character at position {position}; retype the text</source>
        <translation>bevat een ongeldig teken op positie {position}; typ de tekst opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains an invisible character ({code_point}) at position {position}; remove it</source>
        <translation>bevat een onzichtbaar teken ({code_point}) op positie {position}; haal het weg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {length} characters long; at most {limit}</source>
        <translation>is {length} tekens lang; hooguit {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is nested more than {limit} levels deep</source>
        <translation>is meer dan {limit} niveaus diep genest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this end of the range is beyond what the field can hold</source>
        <translation>deze grens van de bandbreedte ligt buiten wat het veld kan bevatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large (at most 64 MB)</source>
        <translation>het bestand is te groot (hooguit 64 MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not a UTF-8 text file</source>
        <translation>het bestand is geen UTF-8-tekstbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not valid JSON</source>
        <translation>het bestand is geen geldige JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file uses scenario format {found}; this program reads up to format {supported}. Please update the program.</source>
        <translation>dit bestand gebruikt scenarioformaat {found}; dit programma leest tot en met formaat {supported}. Werk het programma bij.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every effect has zero deadweight: would none of it have happened anyway?</source>
        <translation>Elk effect heeft een deadweight van nul: zou er echt niets van ook zonder de ingreep zijn gebeurd?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The effect lasts {years} years (more than {limit}): is that evidenced?</source>
        <translation>Het effect duurt {years} jaar (meer dan {limit}): is dat onderbouwd?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0% deadweight, 0% attribution and a duration of 1 year: the starting values of a new effect. Are they set?</source>
        <translation>0% deadweight, 0% attributie en een looptijd van 1 jaar: de beginwaarden van een nieuw effect. Zijn ze ingevuld?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The effect starts in year {first_year}, after the horizon ({horizon}): it counts for nothing.</source>
        <translation>Het effect begint in jaar {first_year}, na de horizon ({horizon}): het telt niet mee.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The financial proxy has no source.</source>
        <translation>De financiële proxy heeft geen bron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same proxy for the same beneficiary as {other}: possible double counting.</source>
        <translation>Dezelfde proxy voor dezelfde ontvanger als {other}: mogelijk dubbeltelling.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SROI ratio {ratio} is above {limit}: check for over-claiming.</source>
        <translation>SROI-ratio {ratio} is hoger dan {limit}: controleer op overschatting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The effect runs to year {last}, past the horizon ({horizon}): only years {first_year}-{horizon} are counted.</source>
        <translation>Het effect loopt tot jaar {last}, voorbij de horizon ({horizon}): alleen de jaren {first_year}-{horizon} tellen mee.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A one-off capitalised value (such as a higher house price) beside recurring benefits to the same stakeholder ({others}): possible double counting.</source>
        <translation>Een eenmalige, gekapitaliseerde waarde (zoals een hogere woningprijs) naast jaarlijkse baten voor dezelfde actor ({others}): mogelijk dubbeltelling.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This effect gives {share} of the variant&apos;s PV benefits: the result stands or falls with it.</source>
        <translation>Dit effect levert {share} van de contante waarde van de baten van de variant: de uitkomst staat of valt ermee.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In {year} the measured value is {share} of the forecast: is the effect behind, or was the forecast too high?</source>
        <translation>In {year} is de gemeten waarde {share} van de prognose: loopt het effect achter, of was de prognose te hoog?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NPV at the central values ({npv}) and the simulated mean NPV ({mean}) have opposite signs: the ranges are lopsided; give both.</source>
        <translation>De NCW bij de centrale waarden ({npv}) en de gemiddelde NCW van de simulatie ({mean}) hebben een ander teken: de bandbreedtes zijn scheef; noem beide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The net flows have {count} internal rates of return ({rates}): the one closest to zero is shown, but the IRR says little here; use the NPV.</source>
        <translation>De netto kasstromen hebben {count} interne rentevoeten ({rates}): de rentevoet die het dichtst bij nul ligt is getoond, maar de IRR zegt hier weinig; gebruik de NCW.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no CBS price index for {year} yet: the {last_year} index is used.</source>
        <translation>Er is nog geen CBS-prijsindex voor {year}: de index van {last_year} wordt gebruikt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quantity ({quantity}) differs from its derivation ({derived}): was it changed by hand?</source>
        <translation>De hoeveelheid ({quantity}) wijkt af van haar afleiding ({derived}): met de hand gewijzigd?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the formula is empty</source>
        <translation>de formule is leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the formula is longer than 2000 characters</source>
        <translation>de formule is langer dan 2000 tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid formula: only numbers, input names, + - * /, brackets, min() and max()</source>
        <translation>geen geldige formule: alleen getallen, namen van invoerwaarden, + - * /, haakjes, min() en max()</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the formula uses a name that is not an input</source>
        <translation>de formule gebruikt een naam die geen invoerwaarde is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the formula divides by zero</source>
        <translation>de formule deelt door nul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the formula does not give a finite number</source>
        <translation>de formule geeft geen eindig getal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most 10000</source>
        <translation>mag hoogstens 10000 zijn</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location line="-169"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National government</source>
        <translation>Rijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing association</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health insurer</source>
        <translation>Zorgverzekeraar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public health service (GGD)</source>
        <translation>GGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care and welfare organisation</source>
        <translation>Zorg- en welzijnsorganisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Businesses</source>
        <translation>Ondernemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../sroi_app/ui/library_browser.py" line="+52"/>
        <source>official Dutch reference value or tariff</source>
        <translation>officiële Nederlandse referentiewaarde of tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch national statistics or an official or peer-reviewed study</source>
        <translation>Nederlandse statistiek of een officieel of peer-reviewed onderzoek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dutch grey literature or consultancy report, or an international official default</source>
        <translation>Nederlandse grijze literatuur of adviesrapport, of een officiële internationale standaardwaarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>press report, a value transferred from abroad, or a derivation with an assumption</source>
        <translation>persbericht, een uit het buitenland overgenomen waarde, of een afleiding met een aanname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assumption without a source</source>
        <translation>aanname zonder bron</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Proxy library</source>
        <translation>Proxybibliotheek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search: eenzaamheid, depression, QALY, CBS…</source>
        <translation>Zoeken: eenzaamheid, depressie, QALY, CBS…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any verification</source>
        <translation>Elke verificatiestatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any evidence grade</source>
        <translation>Elke bewijskracht</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Grade {grades}</source>
        <translation>Bewijskracht {grades}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also take the library&apos;s range (low – high) for the sensitivity</source>
        <translation>Ook de bandbreedte uit de bibliotheek (laag – hoog) overnemen voor de gevoeligheidsanalyse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert into the selected effect</source>
        <translation>In het geselecteerde effect invoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New effect from this proxy</source>
        <translation>Nieuw effect met deze proxy</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{n} of {total} proxies</source>
        <translation>{n} van {total} proxy&apos;s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{effect}” in “{alternative}”</source>
        <translation>“{effect}” in “{alternative}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No effect is selected on the Effects page: choose one there to give it a library value, or start a new effect from a proxy.</source>
        <translation>Er is geen effect geselecteerd op de pagina Effecten: kies daar een effect om het een waarde uit de bibliotheek te geven, of begin een nieuw effect met een proxy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected effect: {name}</source>
        <translation>Geselecteerd effect: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indexed to the scenario&apos;s price level ({year}) with the CBS consumer price index. An effect keeps the source&apos;s value and price year; the calculation indexes it.</source>
        <translation>Geïndexeerd naar het prijspeil van het scenario ({year}) met de consumentenprijsindex van het CBS. Een effect houdt de waarde en het prijspeil van de bron; de berekening indexeert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} per {unit} ({year} prices)</source>
        <translation>{value} per {unit} (prijspeil {year})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} (× {factor}, CPI {from_year} → {to_year})</source>
        <translation>{value} (× {factor}, CPI {from_year} → {to_year})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no CBS index for {year} yet: the last published index is used</source>
        <translation>nog geen CBS-index voor {year}: de laatst gepubliceerde index is gebruikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At {year} prices</source>
        <translation>Prijspeil {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none (a fixed reference value)</source>
        <translation>geen (een vaste referentiewaarde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence grade</source>
        <translation>Bewijskracht</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../sroi_app/ui/models/library_models.py" line="-280"/>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical beneficiary</source>
        <translation>Gebruikelijke ontvanger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library id</source>
        <translation>Id in de bibliotheek</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Use library value “{proxy}”</source>
        <translation>Bibliotheekwaarde “{proxy}” gebruiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library value inserted: {proxy}</source>
        <translation>Bibliotheekwaarde ingevoegd: {proxy}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New effect from “{proxy}”</source>
        <translation>Nieuw effect met “{proxy}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New effect from the library: {proxy}</source>
        <translation>Nieuw effect uit de bibliotheek: {proxy}</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/models/library_models.py" line="-95"/>
        <source>checked</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unverified</source>
        <translation>niet geverifieerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spatial</source>
        <translation>Ruimtelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic</source>
        <translation>Economisch</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (source)</source>
        <translation>Waarde (bron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price year</source>
        <translation>Prijspeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {year} prices</source>
        <translation>In prijzen van {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range (low – high)</source>
        <translation>Bandbreedte (laag – hoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value brought to the scenario&apos;s price level with the CBS consumer price index: value × CPI[{year}] / CPI[price year]. * = after the last published index, which is used instead.</source>
        <translation>De waarde op het prijspeil van het scenario, met de consumentenprijsindex van het CBS: waarde × CPI[{year}] / CPI[prijspeil]. * = na de laatst gepubliceerde index, die dan wordt gebruikt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>fixed</source>
        <translation>vast</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} ({year} prices) × {factor} = {indexed}</source>
        <translation>{value} (prijspeil {year}) × {factor} = {indexed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no CBS price index for {year} yet: the last published index is used.</source>
        <translation>Er is nog geen CBS-prijsindex voor {year}: de laatst gepubliceerde index is gebruikt.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../sroi_app/ui/widgets/tables.py" line="+237"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sroi_app/ui/mainwindow.py" line="+279"/>
        <location line="+171"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>SROI ratio</source>
        <translation>SROI-ratio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (and {n} more)</source>
        <translation> (en nog {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted: </source>
        <translation>Niet geaccepteerd: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open scenario</source>
        <translation>Scenario openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenarios (*.sroi.json *.json);;All files (*)</source>
        <translation>Scenario&apos;s (*.sroi.json *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opened {file}</source>
        <translation>Geopend: {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening {file}…</source>
        <translation>{file} openen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save scenario as</source>
        <translation>Scenario opslaan als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenarios (*.sroi.json)</source>
        <translation>Scenario&apos;s (*.sroi.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved {file}</source>
        <translation>Opgeslagen: {file}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(not saved yet)</source>
        <translation>(nog niet opgeslagen)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nulalternatief</source>
        <translation>Nulalternatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location line="-330"/>
        <source>&amp;File</source>
        <extracomment>Every page must be usable down to this size: 1280 x 720 is a 1920 x 1080 laptop at 150% scaling, less the task bar and the window frame. The first start&apos;s size on a large screen.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../sroi_app/ui/models/document_models.py" line="+54"/>
        <source>all alternatives</source>
        <translation>alle alternatieven</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>+ (benefit)</source>
        <translation>+ (baat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− (cost)</source>
        <translation>− (kost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? (unknown)</source>
        <translation>? (onbekend)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The nulalternatief: every other alternative is compared with it.</source>
        <translation>Het nulalternatief: elk ander alternatief wordt ermee vergeleken.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Empty: only in the first year.</source>
        <translation>Leeg: alleen in het eerste jaar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Surcharge for cost overruns: each amount is raised by this share.</source>
        <translation>Opslag voor kostenoverschrijding: elk bedrag wordt met dit deel verhoogd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty: the scenario&apos;s price level.</source>
        <translation>Leeg: het prijspeil van het scenario.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year index: 0 is the base year, 1 the year after.</source>
        <translation>Jaarnummer: 0 is het basisjaar, 1 het jaar erna.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Magnitude</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How large the unvalued effect is, as MKBA tables show it: -- to ++.</source>
        <translation>Hoe groot het niet in geld uitgedrukte effect is, zoals MKBA-tabellen het tonen: -- tot ++.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../sroi_app/ui/pages/monitoring.py" line="+48"/>
        <source>within the estimate</source>
        <translation>binnen de raming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below the estimate</source>
        <translation>onder de raming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the estimate</source>
        <translation>boven de raming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>far below the estimate</source>
        <translation>ver onder de raming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the estimate</source>
        <translation>niet geraamd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on track</source>
        <translation>op schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behind</source>
        <translation>achter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ahead</source>
        <translation>voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>far below the forecast</source>
        <translation>ver onder de prognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no forecast for that year</source>
        <translation>geen prognose voor dat jaar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost item</source>
        <translation>Kostenpost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Realised (PV)</source>
        <translation>Gerealiseerd (CW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual (PV)</source>
        <translation>Werkelijk (CW)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measured years</source>
        <translation>Gemeten jaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast (PV)</source>
        <translation>Prognose (CW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Variant:</source>
        <translation>Variant:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import measurements (CSV)…</source>
        <translation>Metingen importeren (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import actual spending (CSV)…</source>
        <translation>Werkelijke uitgaven importeren (CSV)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After delivery: what was measured and spent, beside the forecast. A measured year replaces the forecast of that year (with the same deadweight, displacement and attribution); the re-forecast is the result with everything measured so far.</source>
        <translation>Na oplevering: wat is gemeten en uitgegeven, naast de prognose. Een gemeten jaar vervangt de prognose van dat jaar (met dezelfde deadweight, verplaatsing en attributie); de herprognose is de uitkomst met alles wat tot nu toe is gemeten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status in the latest measured year: on track within 10% of the forecast, behind or ahead beyond that, far below under half of it.</source>
        <translation>Status in het laatst gemeten jaar: op schema binnen 10% van de prognose, achter of voor daarbuiten, ver onder de prognose onder de helft ervan.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Forecast: NPV {npv}, SROI ratio {ratio}. Re-forecast with what was measured: NPV {re_npv}, SROI ratio {re_ratio}.</source>
        <translation>Prognose: NCW {npv}, SROI-ratio {ratio}. Herprognose met wat is gemeten: NCW {re_npv}, SROI-ratio {re_ratio}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import from CSV</source>
        <translation>Importeren uit CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import refused</source>
        <translation>Import geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported:</source>
        <translation>Er is niets geïmporteerd:</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/widgets/measurement_form.py" line="+40"/>
        <source>Enter a measurement</source>
        <translation>Meting invoeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where the figure comes from</source>
        <translation>waar het cijfer vandaan komt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenario&apos;s</source>
        <translation>van het scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this year</source>
        <translation>Dit jaar verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price year</source>
        <translation>Prijspeil</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Effect: {name}</source>
        <translation>Effect: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost: {name}</source>
        <translation>Kosten: {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>amount spent (€)</source>
        <translation>uitgegeven bedrag (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured quantity</source>
        <translation>gemeten hoeveelheid</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“{text}” is not a number</source>
        <translation>“{text}” is geen getal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter {year} for {item}</source>
        <translation>{year} invoeren voor {item}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove {year} of {item}</source>
        <translation>{year} verwijderen bij {item}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../sroi_app/ui/pages/__init__.py" line="+14"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholders</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PM posts</source>
        <translation>PM-posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/common.py" line="+52"/>
        <source>Alternative:</source>
        <translation>Alternatief:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../sroi_app/ui/template_picker.py" line="+95"/>
        <source> (nulalternatief)</source>
        <translation> (nulalternatief)</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/comparison.py" line="+46"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alternatives side by side; what B buys over A</source>
        <translation>Alternatieven naast elkaar; wat B meer oplevert dan A</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/sensitivity.py" line="+549"/>
        <source>Sensitivity</source>
        <extracomment>The other tabs for the documentation&apos;s screenshots: (tab, file-name suffix).</extracomment>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tornado, switching values, Monte Carlo simulation</source>
        <translation>Tornado, omslagwaarden, Monte Carlo-simulatie</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/monitoring.py" line="+11"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After delivery: forecast against what was measured</source>
        <translation>Na oplevering: prognose tegenover wat is gemeten</translation>
    </message>
</context>
<context>
    <name>PmItems</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="+17"/>
        <source>New PM post</source>
        <translation>Nieuwe PM-post</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PM posts</source>
        <translation>PM-posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effects that matter but cannot be valued in money (pro memorie). They appear in the MKBA overview with their sign: + for a benefit, − for a cost, ? when the direction is unknown.</source>
        <translation>Effecten die ertoe doen maar niet in geld zijn uit te drukken (pro memorie). Ze staan in het MKBA-overzicht met hun teken: + voor een baat, − voor een kost, ? als de richting onbekend is.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../sroi_app/ui/pages/project.py" line="+44"/>
        <source>e.g. Green schoolyard De Linde</source>
        <translation>bijv. Groen schoolplein De Linde</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+64"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>All amounts are in constant prices of this year (CBS price index).</source>
        <translation>Alle bedragen in constante prijzen van dit jaar (CBS-prijsindex).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Years after the base year: a horizon of 30 covers t = 0..30.</source>
        <translation>Jaren na het basisjaar: een horizon van 30 beslaat t = 0..30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time and price level</source>
        <translation>Tijd en prijspeil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own rate</source>
        <translation>Eigen voet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own step schedule</source>
        <translation>Eigen reeks stappen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In percent, e.g. 2,5</source>
        <translation>In procenten, bijv. 2,5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>Voet (%)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Describe the intervention and fix the time frame, the price level and the discount rate. Every result is a present value in the base year, in constant prices of the price level year.</source>
        <translation>Beschrijf de ingreep en leg tijdvak, prijspeil en discontovoet vast. Elk resultaat is een contante waarde in het basisjaar, in constante prijzen van het prijspeiljaar.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Own choice: explain it in the description.</source>
        <translation>Eigen keuze: licht die toe in de omschrijving.</translation>
    </message>
</context>
<context>
    <name>Ranges</name>
    <message>
        <location filename="../../sroi_app/ui/widgets/ranges.py" line="+78"/>
        <source>Triangular</source>
        <translation>Driehoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform</source>
        <translation>Uniform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick to give the value a range; untick to remove it.</source>
        <translation>Vink aan om de waarde een bandbreedte te geven; vink uit om die te verwijderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest plausible value.</source>
        <translation>De laagste aannemelijke waarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest plausible value.</source>
        <translation>De hoogste aannemelijke waarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangular and PERT peak at the value itself, which must lie between low and high; uniform is flat; normal has low and high as its 5th and 95th percentiles.</source>
        <translation>Driehoek en PERT hebben hun top bij de waarde zelf, die tussen laag en hoog moet liggen; uniform is vlak; bij normaal zijn laag en hoog het 5e en 95e percentiel.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>step schedule</source>
        <translation>trappenschema</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A range is only possible on a single discount rate.</source>
        <translation>Een bandbreedte kan alleen op één vaste discontovoet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The simulation keeps shares between {a} and {b}.</source>
        <translation>De simulatie houdt aandelen tussen {a} en {b}.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Ranges (uncertainty)</source>
        <extracomment>Width of the parameter names in a ranges table (px): &quot;Minder eenzaamheid: aantal&quot; whole.</extracomment>
        <translation>Bandbreedtes (onzekerheid)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest and highest plausible value of a number: the Sensitivity page shows which range moves the result most, and how likely a positive NPV is.</source>
        <translation>De laagste en hoogste aannemelijke waarde van een getal: de pagina Gevoeligheid toont welke bandbreedte de uitkomst het meest beweegt, en hoe waarschijnlijk een positieve NCW is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Green Book optimism bias…</source>
        <translation>Green Book-optimism bias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HM Treasury Green Book: start at the upper bound of the kind of project and lower it only as far as risks are shown to be managed. Sets the optimism bias to the upper bound and its range from the lower bound.</source>
        <translation>HM Treasury Green Book: begin bij de bovengrens van het soort project en verlaag die alleen voor zover aantoonbaar is dat risico&apos;s beheerst worden. Zet de optimism bias op de bovengrens en de bandbreedte vanaf de ondergrens.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../sroi_app/ui/widgets/region.py" line="+50"/>
        <source>CBS code: GM0363, WK036300, BU03630000</source>
        <translation>CBS-code: GM0363, WK036300, BU03630000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch from CBS</source>
        <translation>Ophalen bij CBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import StatLine CSV…</source>
        <translation>StatLine-CSV importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>No local figures: the area type fills the inputs.</source>
        <translation>Geen lokale cijfers: het gebiedstype vult de invoer.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Fetching {code} from CBS table {table}…</source>
        <translation>{code} ophalen uit CBS-tabel {table}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not fetched: {reason}</source>
        <translation>Niet opgehaald: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a StatLine CSV of Kerncijfers wijken en buurten</source>
        <translation>Een StatLine-CSV van Kerncijfers wijken en buurten importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported: {reason}</source>
        <translation>Niet geïmporteerd: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} regions imported: type a code or a name to choose one.</source>
        <translation>{n} regio&apos;s geïmporteerd: typ een code of naam om er een te kiezen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{region}: {inhabitants} inhabitants, {old} aged 65 or over, {households} households ({single} single-person). Source: {source}</source>
        <translation>{region}: {inhabitants} inwoners, {old} van 65 jaar of ouder, {households} huishoudens ({single} eenpersoons). Bron: {source}</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../sroi_app/ui/models/result_models.py" line="+117"/>
        <location line="+233"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Pays (PV costs)</source>
        <translation>Betaalt (CW kosten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives (PV benefits)</source>
        <translation>Ontvangt (CW baten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+215"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Present value</source>
        <translation>Contante waarde</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Baten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PM posts (not valued in money)</source>
        <translation>PM-posten (niet in geld uitgedrukt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minus: nulalternatief</source>
        <translation>min: nulalternatief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total costs (PV)</source>
        <translation>Totaal kosten (CW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total benefits (PV)</source>
        <translation>Totaal baten (CW)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Outcome</source>
        <translation>Outcome (effect)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value per unit</source>
        <translation>Waarde per eenheid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value (PV)</source>
        <translation>Waarde (CW)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar year</source>
        <translation>Kalenderjaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra costs</source>
        <translation>Extra kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra benefits</source>
        <translation>Extra baten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount factor</source>
        <translation>Disconteringsfactor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative NPV</source>
        <translation>Cumulatieve NCW</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/results.py" line="+93"/>
        <source>Variant:</source>
        <extracomment>The tabs: the decision first (issue 11), then the yearly chart.</extracomment>
        <translation>Variant:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Net present value (NPV)</source>
        <translation>Netto contante waarde (NCW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SROI ratio (benefits / costs)</source>
        <translation>SROI-ratio (baten / kosten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal rate of return</source>
        <translation>Interne rentevoet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounted payback period</source>
        <translation>Terugverdientijd (verdisconteerd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present value of costs</source>
        <translation>Contante waarde kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present value of benefits</source>
        <translation>Contante waarde baten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Per jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who pays, who gains</source>
        <translation>Wie betaalt, wie wint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per effect</source>
        <translation>Per effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MKBA overview</source>
        <translation>MKBA-overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SROI value map</source>
        <translation>SROI-waardekaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash flows per year</source>
        <translation>Kasstromen per jaar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no variant to compare with the nulalternatief yet. Add one on the Alternatives page, with its costs and effects.</source>
        <translation>Er is nog geen variant om met het nulalternatief te vergelijken. Voeg er een toe op de pagina Alternatieven, met kosten en effecten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The societal return of the chosen variant against the nulalternatief, updated with every change.</source>
        <translation>Het maatschappelijk rendement van de gekozen variant ten opzichte van het nulalternatief, bijgewerkt bij elke wijziging.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Warnings ({n})</source>
        <translation>Waarschuwingen ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings</source>
        <translation>Geen waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/results_decision.py" line="+143"/>
        <source>The decision is being computed…</source>
        <translation>Het besluit wordt berekend…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The decision could not be computed: {error}</source>
        <translation>Het besluit kon niet worden berekend: {error}</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <location filename="../../sroi_app/ui/models/analysis_models.py" line="-231"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central value</source>
        <translation>Centrale waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching value (NPV = 0)</source>
        <translation>Omslagwaarde (NCW = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance from central</source>
        <translation>Afstand tot centraal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the range</source>
        <translation>Binnen de bandbreedte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/sensitivity.py" line="-476"/>
        <source>Variant:</source>
        <translation>Variant:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every range (edit here or beside each value)</source>
        <translation>Alle bandbreedtes (wijzig ze hier of naast elke waarde)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The value of one number, all others unchanged, at which the net present value of the variant becomes zero: how far an assumption may be off before the conclusion flips. Shaded: the switching value lies within the number&apos;s own range.</source>
        <translation>De waarde van één getal, alle andere ongewijzigd, waarbij de netto contante waarde van de variant nul wordt: hoe ver een aanname ernaast mag zitten voordat de conclusie omslaat. Gekleurd: de omslagwaarde ligt binnen de eigen bandbreedte van het getal.</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/sensitivity_simulation.py" line="+46"/>
        <source>More draws: steadier numbers, longer runs.</source>
        <translation>Meer trekkingen: stabielere getallen, langere rekentijd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same seed and number of draws give the same numbers.</source>
        <translation>Hetzelfde startgetal en hetzelfde aantal trekkingen geven dezelfde getallen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run simulation</source>
        <translation>Simulatie starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalculate after every change</source>
        <translation>Na elke wijziging opnieuw berekenen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draws:</source>
        <translation>Trekkingen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>Startgetal:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probability NPV &gt; 0</source>
        <translation>Kans op NCW &gt; 0</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/sensitivity.py" line="+53"/>
        <source>Tornado</source>
        <translation>Tornado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching values</source>
        <translation>Omslagwaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate</source>
        <translation>Discontovoet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time horizon</source>
        <translation>Tijdshorizon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no variant to compare with the nulalternatief yet. Add one on the Alternatives page, with its costs and effects.</source>
        <translation>Er is nog geen variant om met het nulalternatief te vergelijken. Voeg er een toe op de pagina Alternatieven, met kosten en effecten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which assumption matters most, and how sure is the result? Give uncertain numbers a range (low and high) beside the value on the Costs, Effects and Project pages, or in the table beside the tornado.</source>
        <translation>Welke aanname weegt het zwaarst, en hoe zeker is de uitkomst? Geef onzekere getallen een bandbreedte (laag en hoog) naast de waarde op de pagina&apos;s Kosten, Effecten en Project, of in de tabel naast de tornado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The scenario changed: the simulation was stopped.</source>
        <translation>Het scenario is gewijzigd: de simulatie is gestopt.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No number has a range yet. Tick &apos;Range&apos; beside a value on the Costs, Effects or Project page to see which assumption moves the result most.</source>
        <translation>Nog geen enkel getal heeft een bandbreedte. Vink &apos;Bandbreedte&apos; aan naast een waarde op de pagina Kosten, Effecten of Project om te zien welke aanname de uitkomst het meest beweegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of the ranges can move this variant&apos;s result.</source>
        <translation>Geen van de bandbreedtes kan de uitkomst van deze variant bewegen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Computing the switching values…</source>
        <translation>De omslagwaarden worden berekend…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The switching values could not be computed: {message}</source>
        <translation>De omslagwaarden konden niet worden berekend: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No range can move this variant&apos;s result.</source>
        <translation>Geen bandbreedte kan de uitkomst van deze variant bewegen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Simulating… {done} of {total} draws</source>
        <translation>Simuleren… {done} van {total} trekkingen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The simulation was stopped.</source>
        <translation>De simulatie is gestopt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The simulation failed: {message}</source>
        <translation>De simulatie is mislukt: {message}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simulating…</source>
        <translation>Simuleren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not simulated yet: choose the draws and the seed, then run.</source>
        <translation>Nog niet gesimuleerd: kies het aantal trekkingen en het startgetal en start de simulatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{draws} draws, seed {seed}.</source>
        <translation>{draws} trekkingen, startgetal {seed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This result belongs to an earlier version of the scenario: run again.</source>
        <translation>Deze uitkomst hoort bij een eerdere versie van het scenario: start opnieuw.</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="-301"/>
        <source>New stakeholder</source>
        <translation>Nieuwe actor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a usual party</source>
        <translation>Gangbare partij toevoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stakeholders</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parties that pay the costs or receive the effects: the municipality, a housing association, a health insurer, residents... Who pays and who gains per party is the basis for co-financing.</source>
        <translation>De partijen die de kosten dragen of de effecten ontvangen: de gemeente, een woningcorporatie, een zorgverzekeraar, bewoners... Wie betaalt en wie wint per partij is de basis voor cofinanciering.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../sroi_app/ui/models/library_models.py" line="-176"/>
        <source>share</source>
        <translation>aandeel</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Template default: {value}</source>
        <translation>Standaard in het sjabloon: {value}</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/template_picker.py" line="-20"/>
        <source>Insert an effect-chain template</source>
        <translation>Sjabloon voor een effectketen invoegen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>— none (template defaults) —</source>
        <translation>— geen (standaardwaarden van het sjabloon) —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all residents</source>
        <translation>alle inwoners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A target group narrows the input for all residents to that group (population × the group&apos;s share). Age-band inputs are filled from the area type.</source>
        <translation>Een doelgroep beperkt de invoer voor alle inwoners tot die groep (inwoners × aandeel van de groep). Invoer per leeftijdsgroep komt uit het gebiedstype.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert into alternative</source>
        <translation>Invoegen in alternatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area type (fills the populations)</source>
        <translation>Gebiedstype (vult de aantallen inwoners)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CBS Kerncijfers wijken en buurten of a gemeente, wijk or buurt: its inhabitants and 65-plussers replace the area type&apos;s typical population.</source>
        <translation>CBS Kerncijfers wijken en buurten van een gemeente, wijk of buurt: de inwoners en 65-plussers daarvan vervangen de typische bevolking van het gebiedstype.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local figures (CBS)</source>
        <translation>Lokale cijfers (CBS)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who receives the effects</source>
        <translation>Wie ontvangt de effecten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also add the template&apos;s PM posts</source>
        <translation>Ook de PM-posten van het sjabloon toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Effects to insert (derived quantity)</source>
        <translation>In te voegen effecten (afgeleid aantal)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inputs (double-click a value to change it)</source>
        <translation>Invoer (dubbelklik op een waarde om die te wijzigen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Choose at least one effect.</source>
        <translation>Kies ten minste één effect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A formula cannot be computed with these inputs (division by zero?).</source>
        <translation>Met deze invoer kan een formule niet worden berekend (delen door nul?).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New: {name}</source>
        <translation>Nieuw: {name}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Suits: {areas}</source>
        <translation>Past bij: {areas}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target groups: {groups}</source>
        <translation>doelgroepen: {groups}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(negative: the value counts as a cost)</source>
        <translation>(negatief: de waarde telt als kosten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deadweight {dw}, displacement {dp}, attribution {at}, drop-off {do}; from year {first} for {years} years, ramp-up {ramp} years</source>
        <translation>deadweight {dw}, verplaatsing {dp}, attributie {at}, drop-off {do}; vanaf jaar {first} gedurende {years} jaar, aanloop {ramp} jaar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chain</source>
        <translation>Effectketen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {value} per {unit} ({year} prices)</source>
        <translation>{name}: {value} per {unit} (prijspeil {year})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy source</source>
        <translation>Bron van de proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Insert template “{name}”</source>
        <translation>Sjabloon “{name}” invoegen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Template inserted: {name}</source>
        <translation>Sjabloon ingevoegd: {name}</translation>
    </message>
</context>
<context>
    <name>Thing</name>
    <message>
        <location filename="../../sroi_app/ui/i18n.py" line="-34"/>
        <source>stakeholder</source>
        <translation>actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternative</source>
        <translation>alternatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation>kostenpost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effect</source>
        <translation>effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PM post</source>
        <translation>PM-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>item</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>variant</source>
        <translation>variant</translation>
    </message>
</context>
<context>
    <name>UnitCosts</name>
    <message>
        <location filename="../../sroi_app/ui/unit_cost_browser.py" line="+50"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paving</source>
        <translation>Verharding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Spelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees</source>
        <translation>Bomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buildings and rooms</source>
        <translation>Gebouwen en ruimtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one-off</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incl. VAT</source>
        <translation>incl. btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excl. VAT</source>
        <translation>excl. btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT not stated</source>
        <translation>btw niet vermeld</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unit cost</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (source)</source>
        <translation>Waarde (bron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price year</source>
        <translation>Prijspeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {year} prices</source>
        <translation>In prijzen van {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Unit-cost library</source>
        <translation>Eenheidsprijzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search: buurtverbinder, boom, m2 groen, ontmoetingsruimte…</source>
        <translation>Zoeken: buurtverbinder, boom, m2 groen, ontmoetingsruimte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cost item</source>
        <translation>Nieuwe kostenpost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price the selected cost item</source>
        <translation>Geselecteerde kostenpost prijzen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} of {total} unit costs</source>
        <translation>{n} van {total} eenheidsprijzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{cost}” in “{alternative}”</source>
        <translation>“{cost}” in “{alternative}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>= {amount} {when} ({year} prices, {vat})</source>
        <translation>= {amount} {when} (prijspeil {year}, {vat})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cost item is selected on the Costs page: add a new one, or select one there to price it with a unit cost.</source>
        <translation>Op de pagina Kosten is geen kostenpost geselecteerd: voeg een nieuwe toe, of selecteer er daar een om die met een eenheidsprijs te prijzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected cost item: {name}</source>
        <translation>Geselecteerde kostenpost: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} per {unit}, {when} ({year} prices, {vat})</source>
        <translation>{value} per {unit}, {when} (prijspeil {year}, {vat})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At {year} prices</source>
        <translation>Prijspeil {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Range</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted</source>
        <translation>Geciteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library id</source>
        <translation>Id in de bibliotheek</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New cost item “{entry}”</source>
        <translation>Nieuwe kostenpost “{entry}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cost item from the library: {entry}</source>
        <translation>Nieuwe kostenpost uit de bibliotheek: {entry}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price with unit cost “{entry}”</source>
        <translation>Prijzen met eenheidsprijs “{entry}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost item priced: {entry}</source>
        <translation>Kostenpost geprijsd: {entry}</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../sroi_app/ui/workshop/__init__.py" line="+43"/>
        <source>&amp;Workshop (present and steer)</source>
        <translation>&amp;Workshop (presenteren en bijsturen)</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/workshop/outputs.py" line="+35"/>
        <source>Name of the new variant:</source>
        <translation>Naam van de nieuwe variant:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discount rate holds for every alternative: saving also sets the document&apos;s discount rate to {rate}.</source>
        <translation>De discontovoet geldt voor alle alternatieven: opslaan zet ook de discontovoet van het document op {rate}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (workshop)</source>
        <translation>{name} (workshop)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as variant</source>
        <translation>Opslaan als variant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreed in the workshop of {date}</source>
        <translation>Afgesproken in de workshop van {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: </source>
        <translation>Niet opgeslagen: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save workshop variant “{name}”</source>
        <translation>Workshopvariant “{name}” opslaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as a new variant in the document (undo in the editor).</source>
        <translation>Opgeslagen als nieuwe variant in het document (ongedaan maken kan in de editor).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save snapshot</source>
        <translation>Momentopname opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot could not be written to {file}</source>
        <translation>De momentopname kon niet worden geschreven naar {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot saved: {file}</source>
        <translation>Momentopname opgeslagen: {file}</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/workshop/picker.py" line="+79"/>
        <source>Assumption</source>
        <translation>Aanname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value now</source>
        <translation>Waarde nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider span</source>
        <translation>Bereik van de schuif</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Assumptions on the sliders</source>
        <translation>Aannames op de schuiven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter, e.g. “deadweight”</source>
        <translation>Filter, bijvoorbeeld “deadweight”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick the assumptions the room discusses. A slider runs over the range in the document; without one, over a default span that the slider names.</source>
        <translation>Vink de aannames aan waarover de zaal praat. Een schuif loopt over het bereik in het document; zonder bereik over een standaardbereik dat de schuif vermeldt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most influential</source>
        <translation>Meest invloedrijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the assumptions whose range moves the NPV most (tornado)</source>
        <translation>Kies de aannames waarvan het bereik de NCW het meest beweegt (tornado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/workshop/view.py" line="+66"/>
        <source>Net present value</source>
        <translation>Netto contante waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SROI ratio (benefits/costs)</source>
        <translation>SROI-ratio (baten/kosten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PV of costs</source>
        <translation>Contante waarde kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PV of benefits</source>
        <translation>Contante waarde baten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback period</source>
        <translation>Terugverdientijd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Assumptions</source>
        <translation>Aannames</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← → move · ↑ ↓ next slider · PgUp/PgDn: 10 steps · P: choose</source>
        <translation>← → schuiven · ↑ ↓ volgende schuif · PgUp/PgDn: 10 stappen · P: kiezen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No assumptions on sliders yet: press P to choose them.</source>
        <translation>Nog geen aannames op schuiven: druk op P om ze te kiezen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>P  Choose assumptions</source>
        <translation>P  Aannames kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+260"/>
        <source>G  Who gains</source>
        <translation>G  Wie wint</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>B  Freeze baseline</source>
        <translation>B  Basis vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R  Back to the document</source>
        <translation>R  Terug naar het document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V  Save as variant</source>
        <translation>V  Opslaan als variant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S  Snapshot (PNG)</source>
        <translation>S  Momentopname (PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc  Leave</source>
        <translation>Esc  Verlaten</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>No variant to compare with the nulalternatief yet</source>
        <translation>Nog geen variant om met het nulalternatief te vergelijken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Differs from the document: {n} moved</source>
        <translation>Wijkt af van het document: {n} aangepast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As in the document</source>
        <translation>Zoals in het document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Δ: difference to the document</source>
        <translation>Δ: verschil met het document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δ: difference to the baseline frozen at {time}</source>
        <translation>Δ: verschil met de basis van {time}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>G  Per year</source>
        <translation>G  Per jaar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Baseline frozen: Δ now shows the change from here.</source>
        <translation>Basis vastgelegd: Δ toont nu de verandering vanaf hier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every assumption is back at the document&apos;s value.</source>
        <translation>Alle aannames staan weer op de waarde uit het document.</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/workshop/widgets.py" line="+150"/>
        <source>range from the document</source>
        <translation>bereik uit het document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no range in the document: default ±50%</source>
        <translation>geen bereik in het document: standaard ±50%</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>no range in the document: default 0–100%</source>
        <translation>geen bereik in het document: standaard 0–100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no range in the document: default 1 year to twice the duration</source>
        <translation>geen bereik in het document: standaard 1 jaar tot tweemaal de looptijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no range in the document: default ±2 years</source>
        <translation>geen bereik in het document: standaard ±2 jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no range in the document: default 0% to twice the rate</source>
        <translation>geen bereik in het document: standaard 0% tot tweemaal de voet</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>In the document: {value}</source>
        <translation>In het document: {value}</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/workshop/takeaway.py" line="+39"/>
        <source>Every euro returns {amount}</source>
        <translation>Elke euro levert {amount} op</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>chance of a positive NPV: being worked out…</source>
        <translation>kans op een positieve NCW: wordt berekend…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chance of a positive NPV: {chance}</source>
        <translation>kans op een positieve NCW: {chance}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chance comes from {draws} draws of every range in the document, with the sliders&apos; values.</source>
        <translation>De kans komt uit {draws} trekkingen van elke bandbreedte in het document, met de waarden van de schuiven.</translation>
    </message>
</context>
</TS>
