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
</context>
<context>
    <name>Alternatives</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="+103"/>
        <source>Add variant</source>
        <translation>Variant toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nulalternatief is what happens without the intervention (regular maintenance, for example). Every variant is compared with it: only the differences count. Tick the box to choose the nulalternatief.</source>
        <translation>Het nulalternatief is wat er gebeurt zonder de ingreep (bijvoorbeeld regulier onderhoud). Elke variant wordt ermee vergeleken: alleen de verschillen tellen. Vink het vakje aan om het nulalternatief te kiezen.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../sroi_app/ui/i18n.py" line="+150"/>
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
        <location filename="../../sroi_app/ui/widgets/chart.py" line="+54"/>
        <source>Save chart…</source>
        <translation>Grafiek opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as PNG or SVG</source>
        <translation>Deze grafiek opslaan als PNG of SVG</translation>
    </message>
    <message>
        <location line="+96"/>
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
    <name>Costs</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="+33"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments and running costs per alternative: who pays, how much per time, in which years (0 is the base year) and how often. Optimism bias raises amounts for the usual cost overruns.</source>
        <translation>Investeringen en lopende kosten per alternatief: wie betaalt, hoeveel per keer, in welke jaren (0 is het basisjaar) en hoe vaak. Optimism bias verhoogt bedragen voor de gebruikelijke kostenoverschrijdingen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New cost</source>
        <translation>Nieuwe kostenpost</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../sroi_app/ui/crash.py" line="+85"/>
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
    <name>Dialogs</name>
    <message>
        <location filename="../../sroi_app/ui/dialogs.py" line="+42"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}” heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+5"/>
        <source>The program did not close properly. A recovery copy of “{name}” from {when} was found.

File: {source}

Restore it?</source>
        <translation>Het programma is niet goed afgesloten. Er is een herstelkopie gevonden van “{name}” van {when}.

Bestand: {source}

Herstellen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore recovery copy</source>
        <translation>Herstelkopie terugzetten</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../sroi_app/ui/controller.py" line="+50"/>
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
        <location line="+2"/>
        <source>Restore recovery copy</source>
        <translation>Herstelkopie terugzetten</translation>
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
        <location line="+28"/>
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
        <location line="+13"/>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the intervention brings about, per alternative: from intervention to output, outcome and impact, measured by an indicator and valued with a financial proxy. Deadweight, displacement and attribution take off what would have happened anyway, moved from elsewhere or is owed to others.</source>
        <translation>Wat de ingreep teweegbrengt, per alternatief: van ingreep via output en outcome naar impact, gemeten met een indicator en gewaardeerd met een financiële proxy. Deadweight, verplaatsing en attributie halen eraf wat toch al was gebeurd, van elders is verschoven of aan anderen te danken is.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New effect</source>
        <translation>Nieuw effect</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../sroi_app/ui/i18n.py" line="-83"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Price level (year)</source>
        <translation>Prijspeil (jaar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time horizon (years)</source>
        <translation>Tijdshorizon (jaren)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>Eerste jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Laatste jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (years)</source>
        <translation>Elke (jaren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimism bias</source>
        <translation>Optimism bias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
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
        <source>Beneficiary</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial proxy</source>
        <translation>Financiële proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy value (€)</source>
        <translation>Proxywaarde (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (years)</source>
        <translation>Looptijd (jaren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadweight</source>
        <translation>Deadweight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displacement</source>
        <translation>Verplaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attributie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop-off</source>
        <translation>Drop-off (afname)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp-up (years)</source>
        <translation>Aanloop (jaren)</translation>
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
    <name>Issue</name>
    <message>
        <location line="+65"/>
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
        <location line="-112"/>
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
    <name>ListEditor</name>
    <message>
        <location filename="../../sroi_app/ui/widgets/tables.py" line="+89"/>
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
        <location filename="../../sroi_app/ui/mainwindow.py" line="+230"/>
        <location line="+138"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location line="-116"/>
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
        <location line="+12"/>
        <source>Saved {file}</source>
        <translation>Opgeslagen: {file}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not saved yet)</source>
        <translation>(nog niet opgeslagen)</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="-273"/>
        <source>&amp;File</source>
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
        <location line="+22"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../sroi_app/ui/models/document_models.py" line="+43"/>
        <source>all alternatives</source>
        <translation>alle alternatieven</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+6"/>
        <source>Effect (outcome)</source>
        <translation>Effect (outcome)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share that would have happened anyway.</source>
        <translation>Deel dat toch al zou zijn gebeurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share that only moved from elsewhere.</source>
        <translation>Deel dat alleen van elders is verschoven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share owed to others than this intervention.</source>
        <translation>Deel dat aan anderen dan deze ingreep te danken is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yearly decline of the effect after its first year.</source>
        <translation>Jaarlijkse afname van het effect na het eerste jaar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Years until the effect reaches its full size.</source>
        <translation>Jaren tot het effect zijn volle omvang bereikt.</translation>
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
        <location filename="../../sroi_app/ui/pages/common.py" line="+51"/>
        <source>Alternative:</source>
        <translation>Alternatief:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (nulalternatief)</source>
        <translation> (nulalternatief)</translation>
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
        <location line="+7"/>
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
        <location filename="../../sroi_app/ui/pages/project.py" line="+43"/>
        <source>e.g. Green schoolyard De Linde</source>
        <translation>bijv. Groen schoolplein De Linde</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+60"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="-46"/>
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
        <location line="+10"/>
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
    <name>Results</name>
    <message>
        <location filename="../../sroi_app/ui/models/result_models.py" line="+116"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <source>Present value</source>
        <translation>Contante waarde</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+4"/>
        <source>Drop-off</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value (PV)</source>
        <translation>Waarde (CW)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../sroi_app/ui/pages/results.py" line="+103"/>
        <source>Variant:</source>
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
        <location line="+47"/>
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
        <location line="+13"/>
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
        <location line="+47"/>
        <source>Warnings ({n})</source>
        <translation>Waarschuwingen ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings</source>
        <translation>Geen waarschuwingen</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <location filename="../../sroi_app/ui/pages/lists.py" line="-251"/>
        <source>New stakeholder</source>
        <translation>Nieuwe actor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a usual party</source>
        <translation>Gangbare partij toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
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
</context>
</TS>
