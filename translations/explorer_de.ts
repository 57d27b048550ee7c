<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../explorer/app/about.py" line="19"/>
        <source>&lt;h3&gt;Strategy Explorer %1&lt;/h3&gt;&lt;p&gt;Two-player games, their Nash equilibria, and how they move when subsidies and trust change.&lt;/p&gt;&lt;p&gt;nashpy %2 · numpy %3 · Qt %4 · PySide6 %5 · pyqtgraph %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strategy Explorer %1&lt;/h3&gt;&lt;p&gt;Zwei-Personen-Spiele, ihre Nash-Gleichgewichte und wie sie sich verschieben, wenn sich Subventionen und Vertrauen ändern.&lt;/p&gt;&lt;p&gt;nashpy %2 · numpy %3 · Qt %4 · PySide6 %5 · pyqtgraph %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../explorer/app/about.py" line="36"/>
        <source>About Strategy Explorer</source>
        <translation>Über Strategy Explorer</translation>
    </message>
</context>
<context>
    <name>AxisControls</name>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="59"/>
        <source>from</source>
        <extracomment>Grid points per chunk: progress is reported (and cancelling takes effect) per chunk.</extracomment>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="61"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="66"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>BestResponseDiagram</name>
    <message>
        <location filename="../explorer/app/plots.py" line="86"/>
        <source> (indifferent: whole square)</source>
        <translation> (indifferent: ganzes Quadrat)</translation>
    </message>
    <message>
        <location filename="../explorer/app/plots.py" line="87"/>
        <source>%1 best response</source>
        <translation>beste Antwort von %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/plots.py" line="91"/>
        <source>equilibria</source>
        <translation>Gleichgewichte</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../explorer/app/matrix/delegate.py" line="45"/>
        <source>Row player&apos;s payoff: a number or a formula</source>
        <translation>Auszahlung des Zeilenspielers: eine Zahl oder eine Formel</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/delegate.py" line="46"/>
        <source>Column player&apos;s payoff: a number or a formula</source>
        <translation>Auszahlung des Spaltenspielers: eine Zahl oder eine Formel</translation>
    </message>
</context>
<context>
    <name>CollusionPage</name>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="71"/>
        <source>Show where collusion holds</source>
        <extracomment>The discount factors the map is drawn over (its rows). The user asked for the map (the tab answers with :meth:`start` and its setup).</extracomment>
        <translation>Zeigen, wo Kollusion stabil ist</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="76"/>
        <source>Lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="78"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="148"/>
        <source>Where %1 lasts</source>
        <translation>Wo %1 Bestand hat</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="150"/>
        <source>discount factor δ</source>
        <translation>Diskontfaktor δ</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../explorer/app/dialogs.py" line="24"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/dialogs.py" line="26"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../explorer/app/dialogs.py" line="28"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Ohne Speichern gehen die Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../explorer/app/dialogs.py" line="47"/>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../explorer/app/dialogs.py" line="48"/>
        <source>The explorer did not close normally. Restore “%1”, last autosaved %2?</source>
        <translation>Der Explorer wurde nicht normal beendet. „%1“ wiederherstellen, zuletzt automatisch gesichert %2?</translation>
    </message>
</context>
<context>
    <name>DynamicsView</name>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="66"/>
        <location filename="../explorer/app/dynamics_view.py" line="195"/>
        <source>▶ Play</source>
        <extracomment>Frames per second at the slowest and fastest speed.</extracomment>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="68"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="69"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="70"/>
        <source>Random start</source>
        <translation>Zufälliger Start</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="86"/>
        <source>Dynamic</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="88"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="94"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="98"/>
        <source>Save plot…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="148"/>
        <source>The replicator dynamics need a symmetric game; showing the asymmetric ones.</source>
        <translation>Die Replikatordynamik braucht ein symmetrisches Spiel; gezeigt wird die asymmetrische.</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="195"/>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="260"/>
        <source>&lt;b&gt;On the p–q square&lt;/b&gt;&lt;br&gt;■ start (click the square to move it)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;●&lt;/span&gt; where play is now&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Nash equilibria</source>
        <translation>&lt;b&gt;Im p–q-Quadrat&lt;/b&gt;&lt;br&gt;■ Start (zum Verschieben ins Quadrat klicken)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;●&lt;/span&gt; wo das Spiel gerade steht&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Nash-Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="225"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="271"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="272"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="306"/>
        <source>an equilibrium&apos;s shares</source>
        <translation>Anteile in einem Gleichgewicht</translation>
    </message>
</context>
<context>
    <name>EquilibriaModel</name>
    <message>
        <location filename="../explorer/app/results.py" line="73"/>
        <source>Payoffs</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="73"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="97"/>
        <source>pure</source>
        <translation>rein</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="97"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../explorer/app/files.py" line="30"/>
        <source>Games (*.json *.nfg);;Explorer games (*.json);;Gambit games (*.nfg)</source>
        <translation>Spiele (*.json *.nfg);;Explorer-Spiele (*.json);;Gambit-Spiele (*.nfg)</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="85"/>
        <source>Cannot open file</source>
        <extracomment>Another game is now in the document (opened, new or restored).</extracomment>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="93"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="105"/>
        <source>Open game</source>
        <translation>Spiel öffnen</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="120"/>
        <source>Save game</source>
        <translation>Spiel speichern</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="144"/>
        <source>%1 was not saved: %2.</source>
        <translation>%1 wurde nicht gespeichert: %2.</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="151"/>
        <source>Saved as a Gambit file: payoffs at the default parameter values.</source>
        <translation>Als Gambit-Datei gespeichert: Auszahlungen bei den Standardwerten der Parameter.</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="153"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="161"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="202"/>
        <source>Restored unsaved work from %1.</source>
        <translation>Nicht gespeicherte Arbeit vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Games (*.json *.nfg *.efg);;Explorer games and trees (*.json);;Gambit games (*.nfg *.efg)</source>
        <translation>Spiele (*.json *.nfg *.efg);;Explorer-Spiele und -Bäume (*.json);;Gambit-Spiele (*.nfg *.efg)</translation>
    </message>
</context>
<context>
    <name>GameDocument</name>
    <message>
        <location filename="../explorer/app/document.py" line="132"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>GameHeader</name>
    <message>
        <location filename="../explorer/app/header.py" line="33"/>
        <source>The game&apos;s title: click to edit</source>
        <translation>Titel des Spiels: zum Bearbeiten klicken</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="39"/>
        <source>Edit description…</source>
        <translation>Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="62"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="71"/>
        <source>Game description</source>
        <translation>Spielbeschreibung</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="88"/>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../explorer/app/language_menu.py" line="20"/>
        <source>&amp;Language</source>
        <extracomment>The code of the language chosen (&quot;system&quot;, &quot;en&quot;, &quot;de&quot;, ...).</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../explorer/app/language_menu.py" line="24"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../explorer/app/library.py" line="41"/>
        <source>Classics</source>
        <translation>Klassiker</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="42"/>
        <source>AI economics</source>
        <translation>KI-Ökonomie</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="43"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="60"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="72"/>
        <source>Tree: %1</source>
        <translation>Baum: %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="78"/>
        <source>A game tree, shown here as its reduced strategic form.</source>
        <translation>Ein Spielbaum, hier in seiner reduzierten strategischen Form gezeigt.</translation>
    </message>
    <message>
        <source>A game tree: it opens in the Tree tab; the Game tab shows its reduced strategic form.</source>
        <translation>Ein Spielbaum: Er öffnet sich im Reiter „Baum“; der Reiter „Spiel“ zeigt seine reduzierte strategische Form.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../explorer/app/main_window.py" line="103"/>
        <source>Game</source>
        <extracomment>Default width of the parameters panel, in pixels. Milliseconds after the first show before the plotting library is loaded. A fresh analysis has been shown (emitted on the GUI thread).</extracomment>
        <translation>Spiel</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="104"/>
        <source>Sweep</source>
        <translation>Parameterstudie</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="105"/>
        <source>Repeated</source>
        <translation>Wiederholtes Spiel</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="106"/>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="110"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="113"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="116"/>
        <source>Equilibria</source>
        <translation>Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="239"/>
        <source>The language changes when the explorer starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start des Explorers.</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="236"/>
        <source>Solving cancelled; the results shown are from the last solve.</source>
        <translation>Berechnung abgebrochen; die angezeigten Ergebnisse stammen aus der letzten Berechnung.</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="66"/>
        <source>action</source>
        <extracomment>A new match is drawn (its :class:`MatchResult`).</extracomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="67"/>
        <source>payoff</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="73"/>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="182"/>
        <source>Dashed: the cooperative path, until %1 plays %2 in period %3 and the punishment follows (grim trigger). That deviation gains it %4 (discounted, from that period on) at δ = %5.</source>
        <translation>Gestrichelt: der kooperative Pfad, bis %1 in Periode %3 %2 spielt und die Strafe folgt (Grim Trigger). Dieses Abweichen bringt %4 (diskontiert, ab dieser Periode) bei δ = %5.</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="198"/>
        <source>Discounted totals: %1 %2, %3 %4. Per period (discounted average): %5, %6.</source>
        <translation>Diskontierte Summen: %1 %2, %3 %4. Pro Periode (diskontierter Durchschnitt): %5, %6.</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="166"/>
        <source>Double-click to rename the player</source>
        <translation>Zum Umbenennen des Spielers doppelklicken</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="178"/>
        <source>&lt;u&gt;&lt;b&gt;Bold underlined&lt;/b&gt;&lt;/u&gt;: a best response · &lt;span style=&apos;color:%1&apos;&gt;green frame&lt;/span&gt;: a pure equilibrium · &lt;span style=&apos;color:#9a9a9a&apos;&gt;grey&lt;/span&gt;: strictly dominated (or eliminated) · double-click a cell or a name to edit it</source>
        <translation>&lt;u&gt;&lt;b&gt;Fett unterstrichen&lt;/b&gt;&lt;/u&gt;: eine beste Antwort · &lt;span style=&apos;color:%1&apos;&gt;grüner Rahmen&lt;/span&gt;: ein reines Gleichgewicht · &lt;span style=&apos;color:#9a9a9a&apos;&gt;grau&lt;/span&gt;: strikt dominiert (oder eliminiert) · zum Bearbeiten eine Zelle oder einen Namen doppelklicken</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="253"/>
        <source>Add strategy</source>
        <translation>Strategie hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="256"/>
        <source>Remove strategy</source>
        <translation>Strategie entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="261"/>
        <source>Move strategy</source>
        <translation>Strategie verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="265"/>
        <source>Rename strategy</source>
        <translation>Strategie umbenennen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="269"/>
        <source>Rename player</source>
        <translation>Spieler umbenennen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="331"/>
        <source>Insert strategy above</source>
        <translation>Strategie darüber einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="331"/>
        <source>Insert strategy below</source>
        <translation>Strategie darunter einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="333"/>
        <source>Insert strategy left</source>
        <translation>Strategie links einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="333"/>
        <source>Insert strategy right</source>
        <translation>Strategie rechts einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="336"/>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="336"/>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="338"/>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="338"/>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="341"/>
        <source>Rename &apos;%1&apos;…</source>
        <translation>„%1“ umbenennen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="347"/>
        <source>Remove &apos;%1&apos;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the reduced strategic form of a game tree.&lt;/b&gt; It follows from the tree and cannot be edited here: edit the tree in the Tree tab. &lt;u&gt;&lt;b&gt;Bold underlined&lt;/b&gt;&lt;/u&gt;: a best response · &lt;span style=&apos;color:%1&apos;&gt;green frame&lt;/span&gt;: a pure equilibrium</source>
        <translation>&lt;b&gt;Dies ist die reduzierte strategische Form eines Spielbaums.&lt;/b&gt; Sie ergibt sich aus dem Baum und kann hier nicht bearbeitet werden: Bearbeiten Sie den Baum im Reiter „Baum“. &lt;u&gt;&lt;b&gt;Fett unterstrichen&lt;/b&gt;&lt;/u&gt;: eine beste Antwort · &lt;span style=&apos;color:%1&apos;&gt;grüner Rahmen&lt;/span&gt;: ein reines Gleichgewicht</translation>
    </message>
</context>
<context>
    <name>MatrixExports</name>
    <message>
        <location filename="../explorer/app/exports.py" line="40"/>
        <source>Wait for the game to be solved, then export.</source>
        <translation>Erst exportieren, wenn das Spiel gelöst ist.</translation>
    </message>
    <message>
        <location filename="../explorer/app/exports.py" line="49"/>
        <source>The matrix is on the clipboard as a LaTeX tabular.</source>
        <translation>Die Matrix ist als LaTeX-Tabelle (tabular) in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../explorer/app/exports.py" line="55"/>
        <source>Export LaTeX</source>
        <translation>LaTeX exportieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/exports.py" line="55"/>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <location filename="../explorer/app/exports.py" line="63"/>
        <source>Export matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/exports.py" line="63"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>ParameterControl</name>
    <message>
        <location filename="../explorer/app/parameters.py" line="62"/>
        <source>Edit or remove this parameter</source>
        <translation>Diesen Parameter bearbeiten oder entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="66"/>
        <source>Edit range and description…</source>
        <translation>Bereich und Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="69"/>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <location filename="../explorer/app/parameters.py" line="129"/>
        <source>Edit parameter</source>
        <translation>Parameter bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="129"/>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="145"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="146"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="147"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="148"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="149"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../explorer/app/parameters.py" line="204"/>
        <source>This game has no parameters. Add one to write payoffs as formulas.</source>
        <translation>Dieses Spiel hat keine Parameter. Mit einem Parameter lassen sich Auszahlungen als Formeln schreiben.</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="207"/>
        <source>Add parameter…</source>
        <translation>Parameter hinzufügen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="209"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="272"/>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="275"/>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="278"/>
        <source>Edit parameter</source>
        <translation>Parameter bearbeiten</translation>
    </message>
</context>
<context>
    <name>PayoffTableModel</name>
    <message>
        <location filename="../explorer/app/matrix/model.py" line="191"/>
        <source>Edit cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/model.py" line="218"/>
        <source>%1&apos;s strategy &apos;%2&apos; (double-click to rename)</source>
        <translation>Strategie „%2“ von %1 (zum Umbenennen doppelklicken)</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/model.py" line="242"/>
        <source>Rename strategy</source>
        <translation>Strategie umbenennen</translation>
    </message>
</context>
<context>
    <name>PayoffTableView</name>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="112"/>
        <source>Nothing pasted: %1.</source>
        <translation>Nichts eingefügt: %1.</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="122"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="125"/>
        <source>both payoffs</source>
        <translation>beide Auszahlungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="126"/>
        <source>row and column payoffs side by side</source>
        <translation>Zeilen- und Spaltenauszahlungen nebeneinander</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="127"/>
        <source>the row player&apos;s payoffs only</source>
        <translation>nur die Auszahlungen des Zeilenspielers</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="130"/>
        <source>Pasted %1 × %2 cells (%3).</source>
        <translation>%1 × %2 Zellen eingefügt (%3).</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="72"/>
        <source>period</source>
        <extracomment>New thresholds are drawn (their :class:`Theory`, for the tab&apos;s headline).</extracomment>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="73"/>
        <source>critical δ</source>
        <translation>kritisches δ</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="133"/>
        <source>%1&apos;s payoff</source>
        <translation>Auszahlung von %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="204"/>
        <source>&lt;b&gt;Payoffs per period&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#999&apos;&gt;■&lt;/span&gt; feasible (all mixes of outcomes)&lt;br&gt;&lt;span style=&apos;color:#009E73&apos;&gt;■&lt;/span&gt; feasible and individually rational: above both minmax values, what the folk theorem says patient players can sustain&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; stage equilibria&lt;br&gt;✕ minmax point (%2, %3)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;★&lt;/span&gt; the simulated match (%4, %5)</source>
        <translation>&lt;b&gt;Auszahlungen pro Periode&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#999&apos;&gt;■&lt;/span&gt; erreichbar (alle Mischungen von Ergebnissen)&lt;br&gt;&lt;span style=&apos;color:#009E73&apos;&gt;■&lt;/span&gt; erreichbar und individuell rational: über beiden Minmax-Werten; das, was geduldige Spieler laut Folk-Theorem aufrechterhalten können&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Stufengleichgewichte&lt;br&gt;✕ Minmax-Punkt (%2, %3)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;★&lt;/span&gt; die simulierte Partie (%4, %5)</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="220"/>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;Beside: each period&apos;s critical δ&lt;/b&gt;&lt;br&gt;━ grim trigger, &lt;span style=&apos;color:#009E73&apos;&gt;╸╸&lt;/span&gt; minmax punishment, &lt;span style=&apos;color:#CC79A7&apos;&gt;━&lt;/span&gt; the match&apos;s δ: where a line is above it, a deviation in that period pays</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Daneben: das kritische δ jeder Periode&lt;/b&gt;&lt;br&gt;━ Grim Trigger, &lt;span style=&apos;color:#009E73&apos;&gt;╸╸&lt;/span&gt; Minmax-Bestrafung, &lt;span style=&apos;color:#CC79A7&apos;&gt;━&lt;/span&gt; das δ des Spiels: Wo eine Linie darüber liegt, lohnt sich in dieser Periode ein Abweichen</translation>
    </message>
</context>
<context>
    <name>RepeatedControls</name>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="80"/>
        <source>Cooperate means</source>
        <translation>Kooperieren heißt</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="83"/>
        <source>defect means</source>
        <translation>defektieren heißt</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="86"/>
        <source>Discount factor δ</source>
        <translation>Diskontfaktor δ</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="90"/>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="90"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="110"/>
        <source>Stage game: &lt;b&gt;%1&lt;/b&gt; (the open game, at the current parameter values)</source>
        <translation>Stufenspiel: &lt;b&gt;%1&lt;/b&gt; (das geöffnete Spiel bei den aktuellen Parameterwerten)</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="158"/>
        <source>Always %1</source>
        <translation>Immer %1</translation>
    </message>
</context>
<context>
    <name>RepeatedView</name>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="86"/>
        <source>Match</source>
        <extracomment>Changes of the choices or the parameter values are merged over this many milliseconds.</extracomment>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="87"/>
        <source>Payoff region</source>
        <translation>Auszahlungsbereich</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="88"/>
        <source>Tournament</source>
        <translation>Turnier</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="89"/>
        <source>Collusion</source>
        <translation>Kollusion</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="90"/>
        <source>Save plot…</source>
        <translation>Diagramm speichern…</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../explorer/app/results.py" line="117"/>
        <source>How equilibria are computed (all through nashpy)</source>
        <translation>Wie die Gleichgewichte berechnet werden (alle mit nashpy)</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="144"/>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="145"/>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="146"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="153"/>
        <source>Copy explanation</source>
        <translation>Erklärung kopieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="166"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="171"/>
        <source>&lt;b&gt;Iterated elimination of strictly dominated strategies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Iterierte Elimination strikt dominierter Strategien&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="179"/>
        <source>&lt;b&gt;Why is it an equilibrium?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum ist das ein Gleichgewicht?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="196"/>
        <source>Save diagram…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="263"/>
        <source>1 equilibrium</source>
        <translation>1 Gleichgewicht</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="265"/>
        <source>%1 equilibria</source>
        <translation>%1 Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="268"/>
        <source>%1 pure, %2 mixed</source>
        <translation>%1 rein, %2 gemischt</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="292"/>
        <source>No strategy is strictly dominated.</source>
        <translation>Keine Strategie ist strikt dominiert.</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="295"/>
        <source>%1 step(s) remove strictly dominated strategies. Press Step.</source>
        <translation>%1 Schritt(e) entfernen strikt dominierte Strategien. Weiter mit Schritt ▶.</translation>
    </message>
</context>
<context>
    <name>SavePlot</name>
    <message>
        <location filename="../explorer/app/plots.py" line="108"/>
        <location filename="../explorer/app/plots.py" line="117"/>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../explorer/app/plots.py" line="110"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>SweepPlot</name>
    <message>
        <location filename="../explorer/render/sweep_plot.py" line="136"/>
        <source>several equilibria</source>
        <translation>mehrere Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/render/sweep_plot.py" line="273"/>
        <source> (%1 equilibrium)</source>
        <translation> (Gleichgewicht: %1)</translation>
    </message>
    <message>
        <location filename="../explorer/render/sweep_plot.py" line="277"/>
        <source>from %1 (dark) to %2 (yellow); white: undefined or no equilibrium chosen by the rule.</source>
        <translation>von %1 (dunkel) bis %2 (gelb); weiß: undefiniert oder kein Gleichgewicht nach der Auswahlregel.</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="116"/>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="117"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="125"/>
        <source>Which equilibrium&apos;s value a heatmap shows where several coexist</source>
        <translation>Welches Gleichgewicht eine Heatmap zeigt, wo es mehrere gibt</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="127"/>
        <source>Run sweep</source>
        <translation>Parameterstudie starten</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="129"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="131"/>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="132"/>
        <source>Save SVG…</source>
        <translation>SVG speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="133"/>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="148"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="150"/>
        <source>where several equilibria:</source>
        <translation>bei mehreren Gleichgewichten:</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="204"/>
        <source>This game has no parameters to vary. Add one in the Parameters panel.</source>
        <translation>Dieses Spiel hat keine Parameter zum Variieren. Einen Parameter im Parameter-Bereich hinzufügen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="208"/>
        <source>The game has changed since this sweep: press Run sweep to update it.</source>
        <translation>Das Spiel hat sich seit dieser Parameterstudie geändert: Zum Aktualisieren die Parameterstudie neu starten.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="220"/>
        <source>Equilibrium regimes (map)</source>
        <translation>Gleichgewichtsregime (Karte)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="222"/>
        <source>Both players&apos; equilibrium payoffs</source>
        <translation>Gleichgewichtsauszahlungen beider Spieler</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="226"/>
        <source>%1&apos;s payoff</source>
        <translation>Auszahlung von %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="233"/>
        <source>P(%1) for %2</source>
        <translation>P(%1) für %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="238"/>
        <source>Number of equilibria</source>
        <translation>Anzahl der Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="258"/>
        <source>Solving…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="280"/>
        <source>Sweep cancelled.</source>
        <translation>Parameterstudie abgebrochen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="296"/>
        <source>%1 points, %2 regime(s); %3 degenerate or borderline point(s) solved one by one.</source>
        <translation>%1 Punkte, %2 Regime; %3 davon degeneriert oder an einer Grenze und einzeln gelöst.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="345"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="346"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="347"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="350"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>the subgame-perfect outcome of the tree</source>
        <translation>das teilspielperfekte Ergebnis des Baums</translation>
    </message>
    <message>
        <source>the Nash equilibria of its strategic form</source>
        <translation>die Nash-Gleichgewichte seiner strategischen Form</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>Lösen für</translation>
    </message>
    <message>
        <source>%1 points, %2 regime(s) of subgame-perfect play.</source>
        <translation>%1 Punkte, %2 Regime teilspielperfekten Spiels.</translation>
    </message>
</context>
<context>
    <name>TournamentPage</name>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="56"/>
        <source>Run tournament</source>
        <extracomment>The user asked for a tournament (the tab answers with :meth:`start` and its setup).</extracomment>
        <translation>Turnier starten</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="65"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="66"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="67"/>
        <source>Score per period</source>
        <translation>Punkte pro Periode</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="68"/>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="87"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="88"/>
        <source>Seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="96"/>
        <source>Entrants (each meets every one, in both roles):</source>
        <translation>Teilnehmer (jeder trifft auf jeden, in beiden Rollen):</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="128"/>
        <source>Tick at least one strategy.</source>
        <translation>Mindestens eine Strategie ankreuzen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="157"/>
        <source>Playing…</source>
        <translation>Wird gespielt…</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="166"/>
        <source>Tournament cancelled.</source>
        <translation>Turnier abgebrochen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="185"/>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="202"/>
        <source>%1 wins with %2 per period.</source>
        <translation>%1 gewinnt mit %2 pro Periode.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../explorer/app/menus.py" line="27"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="28"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="29"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="30"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="31"/>
        <source>Export Matrix as &amp;LaTeX…</source>
        <translation>Matrix als &amp;LaTeX exportieren…</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="32"/>
        <source>Copy Matrix as LaTeX</source>
        <translation>Matrix als LaTeX kopieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="33"/>
        <source>Export Matrix as &amp;PNG…</source>
        <translation>Matrix als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="39"/>
        <source>&amp;Paste Payoffs</source>
        <translation>&amp;Auszahlungen einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="40"/>
        <source>Add Row Strategy</source>
        <translation>Zeilenstrategie hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="41"/>
        <source>Add Column Strategy</source>
        <translation>Spaltenstrategie hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="42"/>
        <source>Rename Row Player…</source>
        <translation>Zeilenspieler umbenennen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="43"/>
        <source>Rename Column Player…</source>
        <translation>Spaltenspieler umbenennen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="44"/>
        <source>Add Parameter…</source>
        <translation>Parameter hinzufügen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="45"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="46"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="47"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="48"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="50"/>
        <source>&amp;About Strategy Explorer</source>
        <translation>Ü&amp;ber Strategy Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="51"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="72"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="90"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <location filename="../explorer/app/writing.py" line="20"/>
        <source>what was written could not be read back correctly</source>
        <translation>das Geschriebene ließ sich nicht fehlerfrei zurücklesen</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="22"/>
        <source>the disk is full</source>
        <translation>der Datenträger voll ist</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="23"/>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent aufgebraucht ist</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="24"/>
        <source>the file would be larger than this system allows</source>
        <translation>die Datei größer wäre, als dieses System erlaubt</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="25"/>
        <location filename="../explorer/app/writing.py" line="26"/>
        <source>you do not have permission to write there</source>
        <translation>dort die Schreibberechtigung fehlt</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="27"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger schreibgeschützt ist</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="28"/>
        <source>the folder does not exist</source>
        <translation>der Ordner nicht existiert</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="29"/>
        <source>a folder of that name is in the way</source>
        <translation>ein gleichnamiger Ordner im Weg ist</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="37"/>
        <source>%1 was not saved because %2; the file on disk is unchanged and your work is safe (it stays open here and in a recovery copy).</source>
        <translation>%1 wurde nicht gespeichert, weil %2; die Datei auf dem Datenträger ist unverändert und die Arbeit ist sicher (sie bleibt hier geöffnet und in einer Wiederherstellungskopie erhalten).</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="62"/>
        <source>%1 was not saved because %2; any earlier file of that name is unchanged.</source>
        <translation>%1 wurde nicht gespeichert, weil %2; eine ältere Datei dieses Namens ist unverändert.</translation>
    </message>
    <message>
        <location filename="../explorer/app/writing.py" line="69"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../explorer/app/document.py" line="231"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>BackwardInductionStepper</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Press Step to go through backward induction one node at a time.</source>
        <translation>„Schritt“ geht die Rückwärtsinduktion Knoten für Knoten durch.</translation>
    </message>
    <message>
        <source>Backward induction starts at the end of the game: %1 step(s). Press Step.</source>
        <translation>Die Rückwärtsinduktion beginnt am Ende des Spiels: %1 Schritt(e). „Schritt“ drücken.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>NodeInspector</name>
    <message>
        <source>Click a node of the tree to edit it.</source>
        <translation>Klicken Sie auf einen Knoten des Baums, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(labelled by its path)</source>
        <translation>(nach seinem Pfad benannt)</translation>
    </message>
    <message>
        <source>Who moves</source>
        <translation>Wer zieht</translation>
    </message>
    <message>
        <source>Information set</source>
        <translation>Informationsmenge</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>Nobody: a leaf with payoffs</source>
        <translation>Niemand: ein Blatt mit Auszahlungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Züge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move this branch left</source>
        <translation>Diesen Ast nach links schieben</translation>
    </message>
    <message>
        <source>Move this branch right</source>
        <translation>Diesen Ast nach rechts schieben</translation>
    </message>
    <message>
        <source>Delete this move and everything after it</source>
        <translation>Diesen Zug und alles danach löschen</translation>
    </message>
    <message>
        <source>Add move</source>
        <translation>Zug hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payoffs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auszahlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payoffs here&lt;/b&gt; (added to everything below, as in Gambit)</source>
        <translation>&lt;b&gt;Auszahlungen hier&lt;/b&gt; (zu allem darunter addiert, wie in Gambit)</translation>
    </message>
    <message>
        <source>Remove these payoffs</source>
        <translation>Diese Auszahlungen entfernen</translation>
    </message>
    <message>
        <source>Edit a payoff</source>
        <translation>Auszahlung bearbeiten</translation>
    </message>
    <message>
        <source>Edit a probability</source>
        <translation>Wahrscheinlichkeit bearbeiten</translation>
    </message>
    <message>
        <source>A number or a formula of the game&apos;s parameters</source>
        <translation>Eine Zahl oder eine Formel der Parameter des Spiels</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Geteilt mit %1</translation>
    </message>
    <message>
        <source>Its own (the player sees how it got here)</source>
        <translation>Eine eigene (der Spieler sieht, wie es hierher kam)</translation>
    </message>
    <message>
        <source>Join: the player cannot tell it from %1</source>
        <translation>Verbinden: Der Spieler kann ihn nicht von %1 unterscheiden</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>Spielbeginn</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>Add move</source>
        <translation>Zug hinzufügen</translation>
    </message>
    <message>
        <source>Delete move</source>
        <translation>Zug löschen</translation>
    </message>
    <message>
        <source>Move branch</source>
        <translation>Ast verschieben</translation>
    </message>
    <message>
        <source>Rename move</source>
        <translation>Zug umbenennen</translation>
    </message>
    <message>
        <source>Rename node</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <source>Change who moves</source>
        <translation>Ändern, wer zieht</translation>
    </message>
    <message>
        <source>Delete the moves below</source>
        <translation>Die Züge darunter löschen</translation>
    </message>
    <message>
        <source>Remove payoffs</source>
        <translation>Auszahlungen entfernen</translation>
    </message>
    <message>
        <source>Join information set</source>
        <translation>Informationsmenge verbinden</translation>
    </message>
    <message>
        <source>Leave information set</source>
        <translation>Informationsmenge verlassen</translation>
    </message>
</context>
<context>
    <name>TreeSweepPlot</name>
    <message>
        <source>Subgame-perfect payoff</source>
        <translation>Teilspielperfekte Auszahlung</translation>
    </message>
    <message>
        <source>Subgame-perfect outcome</source>
        <translation>Teilspielperfektes Ergebnis</translation>
    </message>
    <message>
        <source>Subgame-perfect path of play</source>
        <translation>Teilspielperfekter Spielverlauf</translation>
    </message>
</context>
<context>
    <name>TreeTab</name>
    <message>
        <source>This game is a payoff table, not a game tree. Open a tree from the library (the entries marked “Tree:”) or a Gambit .efg file, or start a new one.</source>
        <translation>Dieses Spiel ist eine Auszahlungstabelle, kein Spielbaum. Öffnen Sie einen Baum aus der Bibliothek (die Einträge mit „Baum:“) oder eine Gambit-Datei (.efg), oder beginnen Sie einen neuen.</translation>
    </message>
    <message>
        <source>New game tree</source>
        <translation>Neuer Spielbaum</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;▬&lt;/span&gt; bold: the choice backward induction makes · &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;green&amp;nbsp;&lt;/span&gt;: the path of play · dashed: nodes a player cannot tell apart · &lt;span style=&apos;color:%3&apos;&gt;○&lt;/span&gt; the step explained · (a, b) grey-green: what a node is worth · click a node to edit it, drag a branch sideways to reorder</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;▬&lt;/span&gt; fett: die Wahl der Rückwärtsinduktion · &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;grün&amp;nbsp;&lt;/span&gt;: der Spielverlauf · gestrichelt: Knoten, die ein Spieler nicht unterscheiden kann · &lt;span style=&apos;color:%3&apos;&gt;○&lt;/span&gt; der erklärte Schritt · (a, b) graugrün: was ein Knoten wert ist · Knoten anklicken, um ihn zu bearbeiten, einen Ast seitwärts ziehen, um ihn umzuordnen</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>This tree has %1 nodes; the Tree tab draws trees of up to %2.</source>
        <translation>Dieser Baum hat %1 Knoten; der Reiter „Baum“ zeichnet Bäume mit bis zu %2.</translation>
    </message>
</context>
<context>
    <name>TreeToolbar</name>
    <message>
        <source>Where ties give several, which one to show</source>
        <translation>Welches gezeigt wird, wo Gleichstände mehrere ergeben</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole tree</source>
        <translation>Den ganzen Baum zeigen</translation>
    </message>
    <message>
        <source>Smaller (−, or Ctrl + wheel)</source>
        <translation>Kleiner (−, oder Strg + Mausrad)</translation>
    </message>
    <message>
        <source>Larger (+, or Ctrl + wheel)</source>
        <translation>Größer (+, oder Strg + Mausrad)</translation>
    </message>
    <message>
        <source>Save the tree as a PNG or SVG picture</source>
        <translation>Den Baum als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Subgame-perfect equilibrium:</source>
        <translation>Teilspielperfektes Gleichgewicht:</translation>
    </message>
</context>
<context>
    <name>TreeSidePanel</name>
    <message>
        <source>Green: a pure Nash equilibrium; ▶ the subgame-perfect one shown. It follows from the tree (the Game tab shows it too, read-only).</source>
        <translation>Grün: ein reines Nash-Gleichgewicht; ▶ das gezeigte teilspielperfekte. Sie ergibt sich aus dem Baum (der Reiter „Spiel“ zeigt sie auch, nur zum Lesen).</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Edit node</source>
        <translation>Knoten bearbeiten</translation>
    </message>
    <message>
        <source>Strategic form</source>
        <translation>Strategische Form</translation>
    </message>
</context>
<context>
    <name>NodeMenu</name>
    <message>
        <source>Move left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Delete this move</source>
        <translation>Diesen Zug löschen</translation>
    </message>
    <message>
        <source>Add a move</source>
        <translation>Einen Zug hinzufügen</translation>
    </message>
    <message>
        <source>Delete the moves below</source>
        <translation>Die Züge darunter löschen</translation>
    </message>
    <message>
        <source>Who moves</source>
        <translation>Wer zieht</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>Delete this branch</source>
        <translation>Diesen Ast löschen</translation>
    </message>
    <message>
        <source>Information set</source>
        <translation>Informationsmenge</translation>
    </message>
    <message>
        <source>Its own</source>
        <translation>Eine eigene</translation>
    </message>
    <message>
        <source>Same as %1</source>
        <translation>Dieselbe wie %1</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <source>1 subgame-perfect equilibrium</source>
        <translation>1 teilspielperfektes Gleichgewicht</translation>
    </message>
    <message>
        <source>%1 subgame-perfect equilibria (ties broken each way)</source>
        <translation>%1 teilspielperfekte Gleichgewichte (Gleichstände in jede Richtung aufgelöst)</translation>
    </message>
    <message>
        <source>The drawing shows the tree without a solution.</source>
        <translation>Die Zeichnung zeigt den Baum ohne Lösung.</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Wird gelöst…</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <source>Behaviour at each information set</source>
        <translation>Verhalten an jeder Informationsmenge</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Spielbeginn</translation>
    </message>
</context>
</TS>
