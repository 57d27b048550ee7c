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
        <location filename="../explorer/app/sweep_view.py" line="73"/>
        <source>from</source>
        <extracomment>The plot&apos;s least height, in pixels: room for a map on a 1280 × 800 projector. The read-out&apos;s height: where, the regime and two equilibria. Grid points per chunk: progress is reported (and cancelling takes effect) per chunk.</extracomment>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="75"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="80"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>BackwardInductionStepper</name>
    <message>
        <location filename="../explorer/app/tree/stepper.py" line="27"/>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/stepper.py" line="28"/>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/stepper.py" line="29"/>
        <source>Start over</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/stepper.py" line="30"/>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/stepper.py" line="84"/>
        <source>Press Step to go through backward induction one node at a time.</source>
        <translation>„Schritt“ geht die Rückwärtsinduktion Knoten für Knoten durch.</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/stepper.py" line="87"/>
        <source>Backward induction starts at the end of the game: %1 step(s). Press Step.</source>
        <translation>Die Rückwärtsinduktion beginnt am Ende des Spiels: %1 Schritt(e). „Schritt“ drücken.</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/stepper.py" line="91"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>BestResponseDiagram</name>
    <message>
        <location filename="../explorer/app/plots.py" line="93"/>
        <source> (indifferent: whole square)</source>
        <translation> (indifferent: ganzes Quadrat)</translation>
    </message>
    <message>
        <location filename="../explorer/app/plots.py" line="94"/>
        <source>%1 best response</source>
        <translation>%1: beste Antwort</translation>
    </message>
    <message>
        <location filename="../explorer/app/plots.py" line="98"/>
        <source>equilibria</source>
        <translation>Gleichgewichte</translation>
    </message>
</context>
<context>
    <name>BestResponsePlot</name>
    <message>
        <location filename="../explorer/render/best_response_plot.py" line="116"/>
        <source>%1&apos;s best %2 against each %3</source>
        <extracomment>The curves&apos; least width in pixels: room for a price axis and its labels, no more, so that the equilibria panel fits a 1280 × 800 projector beside the library.</extracomment>
        <translation>Bestes %2 von %1 gegen jedes %3</translation>
    </message>
    <message>
        <location filename="../explorer/render/best_response_plot.py" line="122"/>
        <source>where they cross: pure equilibria</source>
        <translation>wo sie sich kreuzen: reine Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/render/best_response_plot.py" line="125"/>
        <source>%1 mixed equilibria are not drawn</source>
        <translation>%1 gemischte Gleichgewichte sind nicht eingezeichnet</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../explorer/app/matrix/delegate.py" line="92"/>
        <source>Row player&apos;s payoff: a number or a formula</source>
        <extracomment>Sizes, relative to the payoffs&apos;, at which a formula in a collapsed family table may be drawn: the largest at which it fits, else the smallest with its end cut off (&quot;…&quot;).</extracomment>
        <translation>Auszahlung des Zeilenspielers: eine Zahl oder eine Formel</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/delegate.py" line="93"/>
        <source>Column player&apos;s payoff: a number or a formula</source>
        <translation>Auszahlung des Spaltenspielers: eine Zahl oder eine Formel</translation>
    </message>
</context>
<context>
    <name>CollusionPage</name>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="74"/>
        <source>Show where collusion holds</source>
        <extracomment>The discount factors the map is drawn over (its rows). The user asked for the map (the tab answers with :meth:`start` and its setup).</extracomment>
        <translation>Zeigen, wo Kollusion stabil ist</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="79"/>
        <source>Lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="81"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="160"/>
        <source>Where %1 lasts</source>
        <translation>Wo %1 Bestand hat</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/collusion.py" line="162"/>
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
        <location filename="../explorer/app/dynamics_view.py" line="78"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="79"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="80"/>
        <source>Random start</source>
        <translation>Zufälliger Start</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="101"/>
        <source>Dynamic</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="101"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="103"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="95"/>
        <source>Save plot…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="163"/>
        <source>The replicator dynamics need a symmetric game; showing the asymmetric ones.</source>
        <translation>Die Replikatordynamik braucht ein symmetrisches Spiel; gezeigt wird die asymmetrische.</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="242"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="291"/>
        <location filename="../explorer/app/dynamics_view.py" line="330"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="292"/>
        <source>average strategy value</source>
        <translation>mittlerer Strategiewert</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="299"/>
        <source>%1: average %2</source>
        <translation>%1: mittleres %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="321"/>
        <source>an equilibrium&apos;s values</source>
        <translation>die Werte eines Gleichgewichts</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="331"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="365"/>
        <source>an equilibrium&apos;s shares</source>
        <translation>Anteile in einem Gleichgewicht</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="211"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="76"/>
        <location filename="../explorer/app/dynamics_view.py" line="211"/>
        <source>Play</source>
        <extracomment>Frames per second at the slowest and fastest speed.</extracomment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../explorer/app/dynamics_view.py" line="279"/>
        <source>&lt;b&gt;On the p–q square&lt;/b&gt;&lt;br&gt;■&amp;nbsp;start (click the square to move it)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;●&lt;/span&gt;&amp;nbsp;where play is now&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt;&amp;nbsp;Nash equilibria</source>
        <translation>&lt;b&gt;Im p–q-Quadrat&lt;/b&gt;&lt;br&gt;■&amp;nbsp;Start (zum Verschieben ins Quadrat klicken)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;●&lt;/span&gt;&amp;nbsp;wo das Spiel gerade steht&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt;&amp;nbsp;Nash-Gleichgewichte</translation>
    </message>
</context>
<context>
    <name>EquilibriaModel</name>
    <message>
        <location filename="../explorer/app/results.py" line="83"/>
        <source>Payoffs</source>
        <extracomment>Letters of a method&apos;s name the method box shows at least. The equilibria table&apos;s least height, in lines of text: its header and at least one row.</extracomment>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="83"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="107"/>
        <source>pure</source>
        <translation>rein</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="107"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <location filename="../explorer/app/matrix/family_actions.py" line="36"/>
        <source>Change the range of %1…</source>
        <translation>Bereich von %1 ändern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_actions.py" line="40"/>
        <source>Write %1 out as single strategies</source>
        <translation>%1 als einzelne Strategien ausschreiben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_actions.py" line="47"/>
        <source>Make &apos;%1&apos; a family of strategies…</source>
        <translation>„%1“ zu einer Strategiefamilie machen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_actions.py" line="64"/>
        <location filename="../explorer/app/matrix/family_actions.py" line="68"/>
        <source>Make a family of strategies</source>
        <translation>Strategiefamilie bilden</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_actions.py" line="77"/>
        <source>Change the range of %1</source>
        <translation>Bereich von %1 ändern</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_actions.py" line="81"/>
        <source>Change a family&apos;s range</source>
        <translation>Bereich einer Familie ändern</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_actions.py" line="88"/>
        <source>Write a family out as single strategies</source>
        <translation>Familie als einzelne Strategien ausschreiben</translation>
    </message>
</context>
<context>
    <name>FamilyBar</name>
    <message>
        <location filename="../explorer/app/matrix/family_bar.py" line="33"/>
        <source>Show every strategy</source>
        <translation>Jede Strategie zeigen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_bar.py" line="59"/>
        <source>Show the payoffs of every pair of strategies, with best responses marked</source>
        <translation>Die Auszahlungen jedes Strategiepaars zeigen, beste Antworten markiert</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_bar.py" line="61"/>
        <source>Too many strategies to show one by one (more than %1 a player)</source>
        <translation>Zu viele Strategien, um sie einzeln zu zeigen (mehr als %1 je Spieler)</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_bar.py" line="78"/>
        <source>%1 × %2 strategy pairs, payoffs written once per family as formulas of the strategy values</source>
        <translation>%1 × %2 Strategiepaare, die Auszahlungen je Familie einmal als Formeln der Strategiewerte geschrieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_bar.py" line="89"/>
        <source>Each family is one row or column: its formulas hold for all its strategies. Double-click a cell to edit its formulas, a family&apos;s name to change its range; right-click for more.</source>
        <translation>Jede Familie ist eine Zeile oder Spalte: Ihre Formeln gelten für alle ihre Strategien. Doppelklick auf eine Zelle bearbeitet ihre Formeln, auf den Namen einer Familie ihren Bereich; Rechtsklick für mehr.</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../explorer/app/matrix/family_dialog.py" line="63"/>
        <source>Variable</source>
        <extracomment>A new family&apos;s range unless the user says otherwise: 0 to 1 in steps of 0.1.</extracomment>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_dialog.py" line="64"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_dialog.py" line="65"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_dialog.py" line="66"/>
        <source>Number of values</source>
        <translation>Anzahl der Werte</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_dialog.py" line="102"/>
        <source>Strategies: %1</source>
        <translation>Strategien: %1</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <location filename="../explorer/app/matrix/family_model.py" line="129"/>
        <source>Edit formulas</source>
        <translation>Formeln bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_model.py" line="150"/>
        <source>A family of %1 strategies of %2, %3 to %4: double-click to change its range, right-click for more</source>
        <translation>Eine Familie von %1 Strategien von %2, %3 bis %4: Doppelklick ändert ihren Bereich, Rechtsklick für mehr</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/family_model.py" line="159"/>
        <source>%1&apos;s strategy &apos;%2&apos; (double-click to rename)</source>
        <translation>Strategie „%2“ von %1 (zum Umbenennen doppelklicken)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../explorer/app/files.py" line="95"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="103"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="115"/>
        <source>Open game</source>
        <translation>Spiel öffnen</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="130"/>
        <source>Save game</source>
        <translation>Spiel speichern</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="154"/>
        <source>%1 was not saved: %2.</source>
        <translation>%1 wurde nicht gespeichert: %2.</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="161"/>
        <source>Saved as a Gambit file: payoffs at the default parameter values.</source>
        <translation>Als Gambit-Datei gespeichert: Auszahlungen bei den Standardwerten der Parameter.</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="163"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="171"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="212"/>
        <source>Restored unsaved work from %1.</source>
        <translation>Nicht gespeicherte Arbeit vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="91"/>
        <source>Opening %1 was cancelled.</source>
        <extracomment>Another game is now in the document (opened, new or restored).</extracomment>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/files.py" line="31"/>
        <source>Games (*.json *.nfg *.efg);;Explorer games and trees (*.json);;Gambit games (*.nfg *.efg)</source>
        <translation>Spiele (*.json *.nfg *.efg);;Explorer-Spiele und -Bäume (*.json);;Gambit-Spiele (*.nfg *.efg)</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <location filename="../explorer/app/loading.py" line="68"/>
        <source>another file is still being opened</source>
        <extracomment>Files up to this size are read on the spot (the loader needs well under 0.1 s for them).</extracomment>
        <translation>eine andere Datei wird noch geöffnet</translation>
    </message>
    <message>
        <location filename="../explorer/app/loading.py" line="91"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../explorer/app/loading.py" line="92"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../explorer/app/loading.py" line="98"/>
        <source>Opening a game</source>
        <translation>Ein Spiel wird geöffnet</translation>
    </message>
</context>
<context>
    <name>GameDocument</name>
    <message>
        <location filename="../explorer/app/document.py" line="260"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>GameHeader</name>
    <message>
        <location filename="../explorer/app/header.py" line="36"/>
        <source>The game&apos;s title: click to edit</source>
        <extracomment>The title&apos;s size, relative to the application&apos;s font.</extracomment>
        <translation>Titel des Spiels: zum Bearbeiten klicken</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="44"/>
        <source>Edit description…</source>
        <translation>Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="68"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="77"/>
        <source>Game description</source>
        <translation>Spielbeschreibung</translation>
    </message>
    <message>
        <location filename="../explorer/app/header.py" line="94"/>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../explorer/app/help.py" line="32"/>
        <source>the smallest of its arguments</source>
        <translation>das Kleinste seiner Argumente</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="33"/>
        <source>the largest of its arguments</source>
        <translation>das Größte seiner Argumente</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="34"/>
        <source>e to the power x</source>
        <translation>e hoch x</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="35"/>
        <source>the natural logarithm of x (x &gt; 0)</source>
        <translation>der natürliche Logarithmus von x (x &gt; 0)</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="36"/>
        <source>the square root of x (x ≥ 0)</source>
        <translation>die Quadratwurzel von x (x ≥ 0)</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="37"/>
        <source>x without its sign</source>
        <translation>x ohne Vorzeichen</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="38"/>
        <source>value_if_true where the condition holds (is not 0), else value_if_false</source>
        <translation>value_if_true, wo die Bedingung gilt (nicht 0 ist), sonst value_if_false</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="41"/>
        <source>x kept between low and high</source>
        <translation>x, begrenzt auf den Bereich von low bis high</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="76"/>
        <source>Limits: %1 characters, nesting %2 deep, %3 parts, exponents up to %4.</source>
        <translation>Grenzen: %1 Zeichen, Verschachtelung bis Tiefe %2, %3 Bestandteile, Exponenten bis %4.</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="82"/>
        <source>Formulas in payoff cells</source>
        <translation>Formeln in Auszahlungszellen</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="83"/>
        <source>A payoff is a number or a formula over the game&apos;s parameters, for example</source>
        <translation>Eine Auszahlung ist eine Zahl oder eine Formel in den Parametern des Spiels, zum Beispiel</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="86"/>
        <source>Arithmetic and brackets:</source>
        <translation>Rechnen und Klammern:</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="87"/>
        <source>Comparisons give 1 (true) or 0 (false):</source>
        <translation>Vergleiche ergeben 1 (wahr) oder 0 (falsch):</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="88"/>
        <source>Logic and choice:</source>
        <translation>Logik und Auswahl:</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="89"/>
        <source>Functions:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="90"/>
        <source>A cell whose formula is not valid turns red and says why; the last valid game stays solved.</source>
        <translation>Eine Zelle mit ungültiger Formel wird rot und sagt, warum; das letzte gültige Spiel bleibt gelöst.</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="112"/>
        <source>Bold and underlined</source>
        <translation>Fett und unterstrichen</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="113"/>
        <source>a best response of that player to the other&apos;s strategy.</source>
        <translation>eine beste Antwort dieses Spielers auf die Strategie des anderen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="118"/>
        <source>Green frame</source>
        <translation>Grüner Rahmen</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="119"/>
        <source>both payoffs are best responses: a pure Nash equilibrium.</source>
        <translation>beide Auszahlungen sind beste Antworten: ein reines Nash-Gleichgewicht.</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="124"/>
        <source>Grey, names struck through</source>
        <translation>Grau, Namen durchgestrichen</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="125"/>
        <source>strictly dominated (or removed by the elimination steps so far).</source>
        <translation>strikt dominiert (oder durch die bisherigen Eliminationsschritte entfernt).</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="130"/>
        <source>Red cell</source>
        <translation>Rote Zelle</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="131"/>
        <source>the formula typed there is not valid.</source>
        <translation>die dort eingegebene Formel ist ungültig.</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="138"/>
        <source>Reading the matrix</source>
        <translation>Die Matrix lesen</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="139"/>
        <source>Blue is the row player, orange the column player; each cell shows both payoffs, the row player&apos;s first.</source>
        <translation>Blau ist der Zeilenspieler, Orange der Spaltenspieler; jede Zelle zeigt beide Auszahlungen, die des Zeilenspielers zuerst.</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="154"/>
        <source>a number or letter</source>
        <translation>eine Ziffer oder ein Buchstabe</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="155"/>
        <source>starts typing into the selected cell</source>
        <translation>beginnt die Eingabe in die gewählte Zelle</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="159"/>
        <source>from the row payoff to the column payoff, then to the next cell</source>
        <translation>von der Auszahlung des Zeilenspielers zu der des Spaltenspielers, dann zur nächsten Zelle</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="161"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="161"/>
        <source>keeps what was typed</source>
        <translation>übernimmt die Eingabe</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="162"/>
        <source>leaves the cell unchanged</source>
        <translation>lässt die Zelle unverändert</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="167"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="168"/>
        <source>In a payoff cell</source>
        <translation>In einer Auszahlungszelle</translation>
    </message>
    <message>
        <location filename="../explorer/app/help.py" line="186"/>
        <source>Strategy Explorer Help</source>
        <translation>Hilfe zum Strategy Explorer</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../explorer/app/workers.py" line="48"/>
        <source>Something went wrong while working this out; the details are in the log.</source>
        <extracomment>Errors a job may end with that are the user&apos;s input, reported as a sentence. Stack of a worker thread: deep enough for the parsers&apos; bounded recursion on every system (a secondary thread gets 512 KB on macOS by default). The longest a closing window waits for all its workers together, in seconds. Runners whose job did not stop in time when their window closed: kept alive (a running QThread must never be destroyed) until their job returns.</extracomment>
        <translation>Bei dieser Berechnung ist etwas schiefgegangen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../explorer/app/workers.py" line="55"/>
        <source>Not shown: the game has changed since this was asked for.</source>
        <translation>Nicht angezeigt: Das Spiel hat sich geändert, seit dies angefordert wurde.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../explorer/app/language_menu.py" line="22"/>
        <source>&amp;Language</source>
        <extracomment>The code of the language chosen (&quot;system&quot;, &quot;en&quot;, &quot;de&quot;, ...).</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../explorer/app/language_menu.py" line="26"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../explorer/app/tabs.py" line="45"/>
        <source>This tab could not be shown: %1. The details are in the log.</source>
        <translation>Dieser Reiter konnte nicht angezeigt werden: %1. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../explorer/app/library.py" line="52"/>
        <source>Classics</source>
        <translation>Klassiker</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="53"/>
        <source>AI economics</source>
        <translation>KI-Ökonomie</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="54"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="71"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="83"/>
        <source>Tree: %1</source>
        <translation>Baum: %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/library.py" line="89"/>
        <source>A game tree: it opens in the Tree tab; the Game tab shows its reduced strategic form.</source>
        <translation>Ein Spielbaum: Er öffnet sich im Reiter „Baum“; der Reiter „Spiel“ zeigt seine reduzierte strategische Form.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../explorer/app/main_window.py" line="127"/>
        <source>Game</source>
        <extracomment>Default widths of the library and the parameters panel, in pixels (the library&apos;s also when it comes back after stepping aside for a tree). The window&apos;s size at its first start, where the screen has room for it. Windows narrower than this (a 1280 × 800 laptop) hide the library while a tree is drawn. Milliseconds after the first show before the plotting library is loaded. A fresh analysis has been shown (emitted on the GUI thread). This window was replaced by a new one in another language (the new window).</extracomment>
        <translation>Spiel</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="129"/>
        <source>Sweep</source>
        <translation>Parameterstudie</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="130"/>
        <source>Repeated</source>
        <translation>Wiederholtes Spiel</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="131"/>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="136"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="139"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="142"/>
        <source>Equilibria</source>
        <translation>Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="296"/>
        <source>The language changes when the explorer starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start des Explorers.</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="289"/>
        <source>Solving cancelled; the results shown are from the last solve.</source>
        <translation>Berechnung abgebrochen; die angezeigten Ergebnisse stammen aus der letzten Berechnung.</translation>
    </message>
    <message>
        <location filename="../explorer/app/main_window.py" line="128"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="68"/>
        <source>action</source>
        <extracomment>A new match is drawn (its :class:`MatchResult`).</extracomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="69"/>
        <source>payoff</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="75"/>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="184"/>
        <source>Dashed: the cooperative path, until %1 plays %2 in period %3 and the punishment follows (grim trigger). That deviation gains it %4 (discounted, from that period on) at δ = %5.</source>
        <translation>Gestrichelt: der kooperative Pfad, bis %1 in Periode %3 %2 spielt und die Strafe folgt (Grim Trigger). Dieses Abweichen bringt %4 (diskontiert, ab dieser Periode) bei δ = %5.</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/match.py" line="200"/>
        <source>Discounted totals: %1 %2, %3 %4. Per period (discounted average): %5, %6.</source>
        <translation>Diskontierte Summen: %1 %2, %3 %4. Pro Periode (diskontierter Durchschnitt): %5, %6.</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="60"/>
        <source>Double-click to rename the player</source>
        <extracomment>A row of a collapsed family table is this many lines of text high (two formulas). The table shows another number of rows or columns (another game, a family expanded).</extracomment>
        <translation>Zum Umbenennen des Spielers doppelklicken</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="147"/>
        <source>&lt;u&gt;&lt;b&gt;Bold underlined&lt;/b&gt;&lt;/u&gt;: a best response · &lt;span style=&apos;color:%1&apos;&gt;green frame&lt;/span&gt;: a pure equilibrium · &lt;span style=&apos;color:#9a9a9a&apos;&gt;grey&lt;/span&gt;: strictly dominated (or eliminated) · double-click a cell or a name to edit it</source>
        <translation>&lt;u&gt;&lt;b&gt;Fett unterstrichen&lt;/b&gt;&lt;/u&gt;: eine beste Antwort · &lt;span style=&apos;color:%1&apos;&gt;grüner Rahmen&lt;/span&gt;: ein reines Gleichgewicht · &lt;span style=&apos;color:#9a9a9a&apos;&gt;grau&lt;/span&gt;: strikt dominiert (oder eliminiert) · zum Bearbeiten eine Zelle oder einen Namen doppelklicken</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="198"/>
        <source>Add strategy</source>
        <translation>Strategie hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="201"/>
        <source>Remove strategy</source>
        <translation>Strategie entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="206"/>
        <source>Move strategy</source>
        <translation>Strategie verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="210"/>
        <source>Rename strategy</source>
        <translation>Strategie umbenennen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="214"/>
        <source>Rename player</source>
        <translation>Spieler umbenennen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="229"/>
        <source>This payoff comes from a family&apos;s formula: untick &apos;Show every strategy&apos; to edit the formula, or write the family out as single strategies.</source>
        <translation>Diese Auszahlung kommt aus der Formel einer Familie: „Jede Strategie zeigen“ abwählen, um die Formel zu bearbeiten, oder die Familie als einzelne Strategien ausschreiben.</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="309"/>
        <source>Insert strategy above</source>
        <translation>Strategie darüber einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="309"/>
        <source>Insert strategy below</source>
        <translation>Strategie darunter einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="311"/>
        <source>Insert strategy left</source>
        <translation>Strategie links einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="311"/>
        <source>Insert strategy right</source>
        <translation>Strategie rechts einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="314"/>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="314"/>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="316"/>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="316"/>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="319"/>
        <source>Rename &apos;%1&apos;…</source>
        <translation>„%1“ umbenennen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="325"/>
        <source>Remove &apos;%1&apos;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/view.py" line="141"/>
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
    <name>NodeInspector</name>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="94"/>
        <source>Click a node of the tree to edit it.</source>
        <translation>Klicken Sie auf einen Knoten des Baums, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="123"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="125"/>
        <source>(labelled by its path)</source>
        <translation>(nach seinem Pfad benannt)</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="128"/>
        <source>Who moves</source>
        <translation>Wer zieht</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="135"/>
        <source>Information set</source>
        <translation>Informationsmenge</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="153"/>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="154"/>
        <source>Nobody: a leaf with payoffs</source>
        <translation>Niemand: ein Blatt mit Auszahlungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="173"/>
        <source>&lt;b&gt;Moves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Züge&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="185"/>
        <source>Move this branch left</source>
        <translation>Diesen Ast nach links schieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="188"/>
        <source>Move this branch right</source>
        <translation>Diesen Ast nach rechts schieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="203"/>
        <source>Delete this move and everything after it</source>
        <translation>Diesen Zug und alles danach löschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="209"/>
        <source>Add move</source>
        <translation>Zug hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="221"/>
        <source>&lt;b&gt;Payoffs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auszahlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="223"/>
        <source>&lt;b&gt;Payoffs here&lt;/b&gt; (added to everything below, as in Gambit)</source>
        <translation>&lt;b&gt;Auszahlungen hier&lt;/b&gt; (zu allem darunter addiert, wie in Gambit)</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="241"/>
        <source>Remove these payoffs</source>
        <translation>Diese Auszahlungen entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="250"/>
        <source>Edit a payoff</source>
        <translation>Auszahlung bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="252"/>
        <source>Edit a probability</source>
        <translation>Wahrscheinlichkeit bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="260"/>
        <source>A number or a formula of the game&apos;s parameters</source>
        <translation>Eine Zahl oder eine Formel der Parameter des Spiels</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="270"/>
        <source>Shared with %1</source>
        <translation>Geteilt mit %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="275"/>
        <location filename="../explorer/app/tree/inspector.py" line="277"/>
        <source>Its own (the player sees how it got here)</source>
        <translation>Eine eigene (der Spieler sieht, wie es hierher kam)</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/inspector.py" line="280"/>
        <source>Join: the player cannot tell it from %1</source>
        <translation>Verbinden: Der Spieler kann ihn nicht von %1 unterscheiden</translation>
    </message>
</context>
<context>
    <name>NodeMenu</name>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="28"/>
        <source>Move left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="33"/>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="38"/>
        <source>Delete this move</source>
        <translation>Diesen Zug löschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="42"/>
        <source>Add a move</source>
        <translation>Einen Zug hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="43"/>
        <source>Delete the moves below</source>
        <translation>Die Züge darunter löschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="44"/>
        <source>Who moves</source>
        <translation>Wer zieht</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="48"/>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="55"/>
        <source>Delete this branch</source>
        <translation>Diesen Ast löschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="57"/>
        <source>Information set</source>
        <translation>Informationsmenge</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="58"/>
        <source>Its own</source>
        <translation>Eine eigene</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/menu.py" line="61"/>
        <source>Same as %1</source>
        <translation>Dieselbe wie %1</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="12"/>
        <source>subsidy</source>
        <extracomment>The bundled games&apos; parameters, so that the translation tools collect their names.</extracomment>
        <translation>Subvention</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="13"/>
        <source>trust_penalty</source>
        <translation>Vertrauensabschlag</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="14"/>
        <source>quality_gap</source>
        <translation>Qualitätsvorsprung</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="15"/>
        <source>price_sensitivity</source>
        <translation>Preisempfindlichkeit</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="16"/>
        <source>cut_price</source>
        <translation>gesenkter Preis</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="17"/>
        <source>monetisation</source>
        <translation>Monetarisierung</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="18"/>
        <source>closed_cost</source>
        <translation>Kosten geschlossen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="19"/>
        <source>open_cost</source>
        <translation>Kosten offen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="20"/>
        <source>user_growth</source>
        <translation>Nutzerwachstum</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="21"/>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="22"/>
        <source>prize</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="23"/>
        <source>fight_cost</source>
        <translation>Kampfkosten</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="24"/>
        <source>share_gain</source>
        <translation>Marktanteilsgewinn</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="25"/>
        <source>devaluation</source>
        <translation>Entwertung</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="26"/>
        <source>monetiser_share</source>
        <translation>Anteil Monetarisierer</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="27"/>
        <source>closed_price</source>
        <translation>Preis geschlossen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="28"/>
        <source>api_price</source>
        <translation>API-Preis</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="29"/>
        <source>data_value</source>
        <translation>Datenwert</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="30"/>
        <source>reputation_value</source>
        <translation>Reputationswert</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="31"/>
        <source>infra_cost</source>
        <translation>Infrastrukturkosten</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="32"/>
        <source>open_weights_appeal</source>
        <translation>Reiz offener Gewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="33"/>
        <source>ecosystem_value</source>
        <translation>Ökosystemwert</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="34"/>
        <source>western_cost</source>
        <translation>Kosten West</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="35"/>
        <source>chinese_cost</source>
        <translation>Kosten China</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="36"/>
        <source>build_cost</source>
        <translation>Baukosten</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="37"/>
        <source>fairness</source>
        <translation>Gerechtigkeitssinn</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="38"/>
        <source>closed_budget</source>
        <translation>Kriegskasse geschlossen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="39"/>
        <source>closed_burn</source>
        <translation>Verlust pro Periode geschlossen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="40"/>
        <source>open_budget</source>
        <translation>Kriegskasse offen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="41"/>
        <source>open_burn</source>
        <translation>Verlust pro Periode offen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="42"/>
        <source>market_value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="43"/>
        <source>financing</source>
        <translation>Finanzierungskosten</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="44"/>
        <source>free_periods</source>
        <translation>Gratisperioden</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="45"/>
        <source>lock_in</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="46"/>
        <source>discount_factor</source>
        <translation>Diskontfaktor</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="47"/>
        <source>programme_cost</source>
        <translation>Programmkosten</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameter_names.py" line="48"/>
        <source>base_value</source>
        <translation>Grundnutzen</translation>
    </message>
</context>
<context>
    <name>ParameterControl</name>
    <message>
        <location filename="../explorer/app/parameters.py" line="72"/>
        <source>Edit or remove this parameter</source>
        <translation>Diesen Parameter bearbeiten oder entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="76"/>
        <source>Edit range and description…</source>
        <translation>Bereich und Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="79"/>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <location filename="../explorer/app/parameters.py" line="140"/>
        <source>Edit parameter</source>
        <translation>Parameter bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="140"/>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="156"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="157"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="158"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="159"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="160"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../explorer/app/parameters.py" line="214"/>
        <source>This game has no parameters. Add one to write payoffs as formulas.</source>
        <translation>Dieses Spiel hat keine Parameter. Mit einem Parameter lassen sich Auszahlungen als Formeln schreiben.</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="217"/>
        <source>Add parameter…</source>
        <translation>Parameter hinzufügen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="219"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="283"/>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="286"/>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/parameters.py" line="289"/>
        <source>Edit parameter</source>
        <translation>Parameter bearbeiten</translation>
    </message>
</context>
<context>
    <name>PayoffTableModel</name>
    <message>
        <location filename="../explorer/app/matrix/model.py" line="232"/>
        <source>Edit cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/model.py" line="255"/>
        <source>%1&apos;s strategy &apos;%2&apos; (double-click to rename)</source>
        <translation>Strategie „%2“ (%1; zum Umbenennen doppelklicken)</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/model.py" line="279"/>
        <source>Rename strategy</source>
        <translation>Strategie umbenennen</translation>
    </message>
</context>
<context>
    <name>PayoffTableView</name>
    <message>
        <location filename="../explorer/app/matrix/table_view.py" line="84"/>
        <source>Nothing pasted: %1.</source>
        <translation>Nichts eingefügt: %1.</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/table_view.py" line="94"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/table_view.py" line="97"/>
        <source>both payoffs</source>
        <translation>beide Auszahlungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/table_view.py" line="98"/>
        <source>row and column payoffs side by side</source>
        <translation>Zeilen- und Spaltenauszahlungen nebeneinander</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/table_view.py" line="99"/>
        <source>the row player&apos;s payoffs only</source>
        <translation>nur die Auszahlungen des Zeilenspielers</translation>
    </message>
    <message>
        <location filename="../explorer/app/matrix/table_view.py" line="102"/>
        <source>Pasted %1 × %2 cells (%3).</source>
        <translation>%1 × %2 Zellen eingefügt (%3).</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="74"/>
        <source>period</source>
        <extracomment>New thresholds are drawn (their :class:`Theory`, for the tab&apos;s headline).</extracomment>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="75"/>
        <source>critical δ</source>
        <translation>kritisches δ</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="135"/>
        <source>%1&apos;s payoff</source>
        <translation>Auszahlung (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="206"/>
        <source>&lt;b&gt;Payoffs per period&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#999&apos;&gt;■&lt;/span&gt; feasible (all mixes of outcomes)&lt;br&gt;&lt;span style=&apos;color:#009E73&apos;&gt;■&lt;/span&gt; feasible and individually rational: above both minmax values, what the folk theorem says patient players can sustain&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; stage equilibria&lt;br&gt;✕ minmax point (%2, %3)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;★&lt;/span&gt; the simulated match (%4, %5)</source>
        <translation>&lt;b&gt;Auszahlungen pro Periode&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#999&apos;&gt;■&lt;/span&gt; erreichbar (alle Mischungen von Ergebnissen)&lt;br&gt;&lt;span style=&apos;color:#009E73&apos;&gt;■&lt;/span&gt; erreichbar und individuell rational: über beiden Minmax-Werten; das, was geduldige Spieler laut Folk-Theorem aufrechterhalten können&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Stufengleichgewichte&lt;br&gt;✕ Minmax-Punkt (%2, %3)&lt;br&gt;&lt;span style=&apos;color:#CC79A7&apos;&gt;★&lt;/span&gt; die simulierte Partie (%4, %5)</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/region.py" line="222"/>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;Beside: each period&apos;s critical δ&lt;/b&gt;&lt;br&gt;━ grim trigger, &lt;span style=&apos;color:#009E73&apos;&gt;╸╸&lt;/span&gt; minmax punishment, &lt;span style=&apos;color:#CC79A7&apos;&gt;━&lt;/span&gt; the match&apos;s δ: where a line is above it, a deviation in that period pays</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Daneben: das kritische δ jeder Periode&lt;/b&gt;&lt;br&gt;━ Grim Trigger, &lt;span style=&apos;color:#009E73&apos;&gt;╸╸&lt;/span&gt; Minmax-Bestrafung, &lt;span style=&apos;color:#CC79A7&apos;&gt;━&lt;/span&gt; das δ des Spiels: Wo eine Linie darüber liegt, lohnt sich in dieser Periode ein Abweichen</translation>
    </message>
</context>
<context>
    <name>RepeatedControls</name>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="90"/>
        <source>Cooperate means</source>
        <translation>Kooperieren heißt</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="93"/>
        <source>defect means</source>
        <translation>defektieren heißt</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="96"/>
        <source>Discount factor δ</source>
        <translation>Diskontfaktor δ</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="100"/>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="100"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="120"/>
        <source>Stage game: &lt;b&gt;%1&lt;/b&gt; (the open game, at the current parameter values)</source>
        <translation>Stufenspiel: &lt;b&gt;%1&lt;/b&gt; (das geöffnete Spiel bei den aktuellen Parameterwerten)</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/controls.py" line="169"/>
        <source>Always %1</source>
        <translation>Immer %1</translation>
    </message>
</context>
<context>
    <name>RepeatedView</name>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="98"/>
        <source>Match</source>
        <extracomment>Changes of the choices or the parameter values are merged over this many milliseconds.</extracomment>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="99"/>
        <source>Payoff region</source>
        <translation>Auszahlungsbereich</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="100"/>
        <source>Tournament</source>
        <translation>Turnier</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="101"/>
        <source>Collusion</source>
        <translation>Kollusion</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/view.py" line="106"/>
        <source>Save plot…</source>
        <translation>Diagramm speichern…</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../explorer/app/results.py" line="129"/>
        <source>How equilibria are computed (all through nashpy)</source>
        <translation>Wie die Gleichgewichte berechnet werden (alle mit nashpy)</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="142"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="164"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="125"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="202"/>
        <source>&lt;b&gt;Iterated elimination of strictly dominated strategies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Iterierte Elimination strikt dominierter Strategien&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="217"/>
        <source>&lt;b&gt;Why is it an equilibrium?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum ist das ein Gleichgewicht?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="229"/>
        <source>Save diagram…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="326"/>
        <source>1 equilibrium</source>
        <translation>1 Gleichgewicht</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="328"/>
        <source>%1 equilibria</source>
        <translation>%1 Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="331"/>
        <source>%1 pure, %2 mixed</source>
        <translation>%1 rein, %2 gemischt</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="355"/>
        <source>No strategy is strictly dominated.</source>
        <translation>Keine Strategie ist strikt dominiert.</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="358"/>
        <source>%1 step(s) remove strictly dominated strategies. Press Step.</source>
        <translation>%1 Schritt(e) entfernen strikt dominierte Strategien. Weiter mit Schritt ▶.</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="162"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="163"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="172"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/results.py" line="173"/>
        <source>Copy the explanation to the clipboard</source>
        <translation>Die Erklärung in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>SavePlot</name>
    <message>
        <location filename="../explorer/app/plots.py" line="116"/>
        <location filename="../explorer/app/plots.py" line="125"/>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../explorer/app/plots.py" line="118"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <location filename="../explorer/app/tree/solution.py" line="44"/>
        <source>1 subgame-perfect equilibrium</source>
        <translation>1 teilspielperfektes Gleichgewicht</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/solution.py" line="46"/>
        <source>%1 subgame-perfect equilibria (ties broken each way)</source>
        <translation>%1 teilspielperfekte Gleichgewichte (Gleichstände in jede Richtung aufgelöst)</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/solution.py" line="59"/>
        <source>The drawing shows the tree without a solution.</source>
        <translation>Die Zeichnung zeigt den Baum ohne Lösung.</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/solution.py" line="63"/>
        <source>Solving…</source>
        <translation>Wird gelöst…</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/solution.py" line="68"/>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/solution.py" line="69"/>
        <source>Behaviour at each information set</source>
        <translation>Verhalten an jeder Informationsmenge</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/solution.py" line="70"/>
        <source>the start</source>
        <translation>Spielbeginn</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../explorer/app/status.py" line="35"/>
        <source>Restart now</source>
        <extracomment>The user asked to restart now (in the language chosen).</extracomment>
        <translation>Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>SweepPlot</name>
    <message>
        <location filename="../explorer/render/sweep_plot.py" line="157"/>
        <source>several equilibria</source>
        <extracomment>The mark of the current parameter values, and how the legend names it.</extracomment>
        <translation>mehrere Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/render/sweep_plot.py" line="300"/>
        <source> (%1 equilibrium)</source>
        <translation> (Gleichgewicht: %1)</translation>
    </message>
    <message>
        <location filename="../explorer/render/sweep_plot.py" line="304"/>
        <source>from %1 (dark) to %2 (yellow); white: undefined or no equilibrium chosen by the rule.</source>
        <translation>von %1 (dunkel) bis %2 (gelb); weiß: undefiniert oder kein Gleichgewicht nach der Auswahlregel.</translation>
    </message>
    <message>
        <location filename="../explorer/render/sweep_plot.py" line="325"/>
        <source>the current parameter values</source>
        <translation>die aktuellen Parameterwerte</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="136"/>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="137"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="151"/>
        <source>Which equilibrium&apos;s value a heatmap shows where several coexist</source>
        <translation>Welches Gleichgewicht eine Heatmap zeigt, wo es mehrere gibt</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="153"/>
        <source>Run sweep</source>
        <translation>Parameterstudie starten</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="155"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="157"/>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="158"/>
        <source>Save SVG…</source>
        <translation>SVG speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="159"/>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="190"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="192"/>
        <source>where several equilibria:</source>
        <translation>bei mehreren Gleichgewichten:</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="251"/>
        <source>This game has no parameters to vary. Add one in the Parameters panel.</source>
        <translation>Dieses Spiel hat keine Parameter zum Variieren. Einen Parameter im Parameter-Bereich hinzufügen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="255"/>
        <source>The game has changed since this sweep: press Run sweep to update it.</source>
        <translation>Das Spiel hat sich seit dieser Parameterstudie geändert: Zum Aktualisieren die Parameterstudie neu starten.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="269"/>
        <source>Equilibrium regimes (map)</source>
        <translation>Gleichgewichtsregime (Karte)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="271"/>
        <source>Both players&apos; equilibrium payoffs</source>
        <translation>Gleichgewichtsauszahlungen beider Spieler</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="275"/>
        <source>%1&apos;s payoff</source>
        <translation>Auszahlung (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="282"/>
        <source>P(%1) for %2</source>
        <translation>P(%1), %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="287"/>
        <source>Number of equilibria</source>
        <translation>Anzahl der Gleichgewichte</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="307"/>
        <source>Solving…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="342"/>
        <source>Sweep cancelled.</source>
        <translation>Parameterstudie abgebrochen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="367"/>
        <source>%1 points, %2 regime(s); %3 degenerate or borderline point(s) solved one by one.</source>
        <translation>%1 Punkte, %2 Regime; %3 davon degeneriert oder an einer Grenze und einzeln gelöst.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="442"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="443"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="444"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="447"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="258"/>
        <source>Choose what to vary and press Run sweep.</source>
        <translation>Wählen Sie, was variiert werden soll, und drücken Sie „Parameterstudie starten“.</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="141"/>
        <source>the subgame-perfect outcome of the tree</source>
        <translation>das teilspielperfekte Ergebnis des Baums</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="142"/>
        <source>the Nash equilibria of its strategic form</source>
        <translation>die Nash-Gleichgewichte seiner strategischen Form</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="143"/>
        <source>Solve for</source>
        <translation>Lösen für</translation>
    </message>
    <message>
        <location filename="../explorer/app/sweep_view.py" line="382"/>
        <source>%1 points, %2 regime(s) of subgame-perfect play.</source>
        <translation>%1 Punkte, %2 Regime teilspielperfekten Spiels.</translation>
    </message>
</context>
<context>
    <name>TournamentPage</name>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="58"/>
        <source>Run tournament</source>
        <extracomment>The user asked for a tournament (the tab answers with :meth:`start` and its setup).</extracomment>
        <translation>Turnier starten</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="67"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="68"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="69"/>
        <source>Score per period</source>
        <translation>Punkte pro Periode</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="70"/>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="90"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="91"/>
        <source>Seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="99"/>
        <source>Entrants (each meets every one, in both roles):</source>
        <translation>Teilnehmer (jeder trifft auf jeden, in beiden Rollen):</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="131"/>
        <source>Tick at least one strategy.</source>
        <translation>Mindestens eine Strategie ankreuzen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="160"/>
        <source>Playing…</source>
        <translation>Wird gespielt…</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="169"/>
        <source>Tournament cancelled.</source>
        <translation>Turnier abgebrochen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="188"/>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/repeated/tournament.py" line="205"/>
        <source>%1 wins with %2 per period.</source>
        <translation>%1 gewinnt mit %2 pro Periode.</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="136"/>
        <source>Add move</source>
        <extracomment>The selected node changed (-1: none). An edit was refused, in one sentence.</extracomment>
        <translation>Zug hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="139"/>
        <source>Delete move</source>
        <translation>Zug löschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="142"/>
        <source>Move branch</source>
        <translation>Ast verschieben</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="149"/>
        <source>Rename move</source>
        <translation>Zug umbenennen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="156"/>
        <source>Rename node</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="159"/>
        <source>Change who moves</source>
        <translation>Ändern, wer zieht</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="162"/>
        <source>Delete the moves below</source>
        <translation>Die Züge darunter löschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="165"/>
        <source>Remove payoffs</source>
        <translation>Auszahlungen entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="169"/>
        <source>Join information set</source>
        <translation>Informationsmenge verbinden</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/commands.py" line="174"/>
        <source>Leave information set</source>
        <translation>Informationsmenge verlassen</translation>
    </message>
</context>
<context>
    <name>TreeSidePanel</name>
    <message>
        <location filename="../explorer/app/tree/side.py" line="35"/>
        <source>Green: a pure Nash equilibrium; ▶ the subgame-perfect one shown. It follows from the tree (the Game tab shows it too, read-only).</source>
        <extracomment>The page with the selected node&apos;s fields.</extracomment>
        <translation>Grün: ein reines Nash-Gleichgewicht; ▶ das gezeigte teilspielperfekte. Sie ergibt sich aus dem Baum (der Reiter „Spiel“ zeigt sie auch, nur zum Lesen).</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/side.py" line="44"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/side.py" line="45"/>
        <source>Edit node</source>
        <translation>Knoten bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/side.py" line="46"/>
        <source>Strategic form</source>
        <translation>Strategische Form</translation>
    </message>
</context>
<context>
    <name>TreeSweepPlot</name>
    <message>
        <location filename="../explorer/render/tree_sweep_plot.py" line="56"/>
        <source>Subgame-perfect payoff</source>
        <translation>Teilspielperfekte Auszahlung</translation>
    </message>
    <message>
        <location filename="../explorer/render/tree_sweep_plot.py" line="59"/>
        <source>Subgame-perfect outcome</source>
        <translation>Teilspielperfektes Ergebnis</translation>
    </message>
    <message>
        <location filename="../explorer/render/tree_sweep_plot.py" line="74"/>
        <source>Subgame-perfect path of play</source>
        <translation>Teilspielperfekter Spielverlauf</translation>
    </message>
</context>
<context>
    <name>TreeTab</name>
    <message>
        <location filename="../explorer/app/tree/tab.py" line="91"/>
        <source>This game is a payoff table, not a game tree. Open a tree from the library (the entries marked “Tree:”) or a Gambit .efg file, or start a new one.</source>
        <extracomment>The side panel goes right of the tree when the tab is this many times wider than high. The tree&apos;s share of the splitter at first. Larger trees are solved and explained but not drawn (drawing 10,000 nodes takes ~1 s, ``benchmarks/tree_tab_benchmark.py``, on the GUI thread). One sentence for the status bar: what an edit did not do, or what was saved. The user asks for a new game tree (the window confirms and opens one).</extracomment>
        <translation>Dieses Spiel ist eine Auszahlungstabelle, kein Spielbaum. Öffnen Sie einen Baum aus der Bibliothek (die Einträge mit „Baum:“) oder eine Gambit-Datei (.efg), oder beginnen Sie einen neuen.</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/tab.py" line="97"/>
        <source>New game tree</source>
        <translation>Neuer Spielbaum</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/tab.py" line="155"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;▬&lt;/span&gt; bold: the choice backward induction makes · &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;green&amp;nbsp;&lt;/span&gt;: the path of play · dashed: nodes a player cannot tell apart · &lt;span style=&apos;color:%3&apos;&gt;○&lt;/span&gt; the step explained · (a, b) grey-green: what a node is worth · click a node to edit it, drag a branch sideways to reorder</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;▬&lt;/span&gt; fett: die Wahl der Rückwärtsinduktion · &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;grün&amp;nbsp;&lt;/span&gt;: der Spielverlauf · gestrichelt: Knoten, die ein Spieler nicht unterscheiden kann · &lt;span style=&apos;color:%3&apos;&gt;○&lt;/span&gt; der erklärte Schritt · (a, b) graugrün: was ein Knoten wert ist · Knoten anklicken, um ihn zu bearbeiten, einen Ast seitwärts ziehen, um ihn umzuordnen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/tab.py" line="303"/>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/tab.py" line="305"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/tab.py" line="227"/>
        <source>This tree has %1 nodes; the Tree tab draws trees of up to %2.</source>
        <translation>Dieser Baum hat %1 Knoten; der Reiter „Baum“ zeichnet Bäume mit bis zu %2.</translation>
    </message>
</context>
<context>
    <name>TreeToolbar</name>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="23"/>
        <source>Where ties give several, which one to show</source>
        <extracomment>The user picked another equilibrium in the chooser.</extracomment>
        <translation>Welches gezeigt wird, wo Gleichstände mehrere ergeben</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="28"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="33"/>
        <source>Show the whole tree</source>
        <translation>Den ganzen Baum zeigen</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="34"/>
        <source>Smaller (−, or Ctrl + wheel)</source>
        <translation>Kleiner (−, oder Strg + Mausrad)</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="35"/>
        <source>Larger (+, or Ctrl + wheel)</source>
        <translation>Größer (+, oder Strg + Mausrad)</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="36"/>
        <source>Save the tree as a PNG or SVG picture</source>
        <translation>Den Baum als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="31"/>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../explorer/app/tree/toolbar.py" line="41"/>
        <source>Subgame-perfect equilibrium:</source>
        <translation>Teilspielperfektes Gleichgewicht:</translation>
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
        <location filename="../explorer/app/menus.py" line="51"/>
        <source>&amp;About Strategy Explorer</source>
        <translation>Ü&amp;ber Strategy Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="52"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="73"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="91"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../explorer/app/menus.py" line="50"/>
        <source>Strategy Explorer &amp;Help</source>
        <translation>&amp;Hilfe zum Strategy Explorer</translation>
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
        <location filename="../explorer/app/document.py" line="364"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
</TS>
