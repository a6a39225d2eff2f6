import type { z } from "zod";
import type { ZSurveyDefinition } from "../definition";

/**
 * "Internationale competenties: welke activiteiten leiden tot welke competenties?" (Nuffic, 2023),
 * encoded as data. Source: /work/shared/questionnaire.md and the Nuffic report (2023).
 *
 * - Item wording is Dutch and verbatim from the report; do not edit wording in place once data
 *   exists: bump `version` instead.
 * - The teacher model is the complete "Model internationale competenties voor docenten"
 *   (Nuffic, 2023; 39 items in 6 clusters).
 * - The student model is RECONSTRUCTED (the official 2020 student list is not in the report);
 *   researchers can replace it with the official list as a data change (new version).
 * - Competence IDs are shared between both models where the concept is the same, so that
 *   part 1 and part 2 results can be compared per competence.
 */
export const internationaleCompetenties = {
  slug: "internationale-competenties",
  version: 1,
  title: "Internationale competenties: welke activiteiten leiden tot welke competenties?",
  flowMode: "choice",
  wave: "2023",

  welcome: {
    title: "Internationale competenties: welke activiteiten leiden tot welke competenties?",
    paragraphs: [
      "Met dit onderzoek brengen we in kaart welke internationaliseringsactiviteiten leiden tot welke internationale competenties. Internationale competenties zijn de competenties die je helpen te leren in een interculturele klas, te leven in een diverse samenleving en te werken op een internationaal georiënteerde arbeidsmarkt. Met deze kennis kunnen opleidingen, leerkrachten en docenten gericht activiteiten inzetten om de ontwikkeling van bepaalde internationale competenties te stimuleren.",
      "Het onderzoek is een vervolg op het onderzoek Begeleiders aan het woord (Nuffic, 2020). Naast de internationale competenties van leerlingen en studenten is er ook aandacht voor de internationale competenties van onderwijsprofessionals zelf, op basis van het Model internationale competenties voor docenten (Nuffic, 2023).",
      "De vragenlijst is bedoeld voor onderwijsprofessionals: leerkrachten, docenten en staf (zoals stagebegeleiders, internationaal coördinatoren en onderwijsondersteunend personeel) die betrokken zijn bij het onderwijzen van leerlingen en studenten in het po, vo, mbo, hbo of wo.",
      "De vragenlijst bestaat uit twee delen. In deel 1 beantwoord je als begeleider vragen over de internationale competenties die leerlingen en studenten opdoen met een internationaliseringsactiviteit (ongeveer 10 minuten). In deel 2 beantwoord je vragen over je eigen ontwikkeling als onderwijsprofessional door een internationale professionaliseringsactiviteit (ongeveer 8 minuten). Je kiest zelf welk deel je invult; daarna kun je ook het andere deel nog invullen.",
      "Onder de deelnemers verloten we een VVV-cadeaukaart van €30.",
    ],
    privacy:
      "Deelname is vrijwillig en je kunt op elk moment stoppen. Je antwoorden worden anoniem verwerkt, alleen voor dit onderzoek gebruikt en uitsluitend op groepsniveau gerapporteerd. Je IP-adres zelf wordt niet opgeslagen. Om dubbele deelname te kunnen herkennen, bewaren we tijdens het veldwerk wel een gesleutelde hash (een code) van je IP-adres. De sleutel van die hash staat niet in de database: met alleen de database is de hash niet naar je IP-adres terug te rekenen, met de sleutel erbij wel. Als het veldwerk wordt afgesloten, worden de hashes verwijderd. Doe je mee aan de verloting, dan wordt je e-mailadres apart van je antwoorden opgeslagen, zonder verwijzing naar je antwoorden en zonder tijdstip: uit de tabellen van de database is niet af te leiden welk e-mailadres bij welke antwoorden hoort. We gebruiken het alleen om de winnaar te benaderen.",
    consentLabel: "Ik heb bovenstaande informatie gelezen en doe vrijwillig mee aan dit onderzoek.",
  },

  background: [
    {
      id: "bg_function",
      text: "Wat is je functie?",
      help: "Heb je meerdere functies? Kies dan 'Anders, namelijk' en beschrijf je combinatie van functies.",
      options: [
        { code: "leerkracht", label: "Leerkracht" },
        { code: "docent", label: "Docent" },
        { code: "coordinator", label: "Coördinator internationalisering" },
        { code: "ondersteunend", label: "Onderwijsondersteunend personeel" },
        { code: "beleid", label: "Beleidsmedewerker" },
        { code: "stagebegeleider", label: "Stagebegeleider" },
        { code: "teamleider", label: "Teamleider" },
        { code: "anders", label: "Anders, namelijk", isOther: true },
      ],
      otherTextId: "bg_function_other",
      isRequired: true,
    },
    {
      id: "bg_province",
      text: "In welke provincie staat de hoofdlocatie van je instelling?",
      options: [
        { code: "drenthe", label: "Drenthe" },
        { code: "flevoland", label: "Flevoland" },
        { code: "fryslan", label: "Fryslân" },
        { code: "gelderland", label: "Gelderland" },
        { code: "groningen", label: "Groningen" },
        { code: "limburg", label: "Limburg" },
        { code: "noord_brabant", label: "Noord-Brabant" },
        { code: "noord_holland", label: "Noord-Holland" },
        { code: "overijssel", label: "Overijssel" },
        { code: "utrecht", label: "Utrecht" },
        { code: "zeeland", label: "Zeeland" },
        { code: "zuid_holland", label: "Zuid-Holland" },
      ],
      isRequired: true,
    },
    {
      id: "bg_sector",
      text: "In welke onderwijssector ben je werkzaam?",
      options: [
        { code: "po", label: "Primair onderwijs (po)" },
        { code: "vo", label: "Voortgezet onderwijs (vo)" },
        { code: "mbo", label: "Middelbaar beroepsonderwijs (mbo)" },
        { code: "hbo", label: "Hoger beroepsonderwijs (hbo)" },
        { code: "wo", label: "Wetenschappelijk onderwijs (wo)" },
      ],
      isRequired: true,
    },
  ],

  partChoice: {
    text: "Deze vragenlijst bestaat uit twee delen. Kies het deel dat je wilt invullen; na afloop kun je het andere deel ook nog invullen.",
  },

  scales: [
    {
      id: "agree010",
      min: 0,
      max: 10,
      labels: [
        { value: 0, label: "Helemaal oneens" },
        { value: 10, label: "Helemaal eens" },
      ],
      missingValues: [],
    },
    {
      // Labels are not in the report [reconstructed].
      id: "dev15",
      min: 1,
      max: 5,
      labels: [
        { value: 1, label: "Helemaal niet" },
        { value: 2, label: "Nauwelijks" },
        { value: 3, label: "Enigszins" },
        { value: 4, label: "Behoorlijk" },
        { value: 5, label: "In sterke mate" },
      ],
      missingValues: [],
    },
    {
      // "Niet van toepassing" is an answer, not a score: missing in means (report: 1–4).
      id: "dev04",
      min: 0,
      max: 4,
      labels: [
        { value: 0, label: "Niet van toepassing" },
        { value: 1, label: "Ontwikkel ik niet" },
        { value: 2, label: "Ontwikkel ik nauwelijks" },
        { value: 3, label: "Ontwikkel ik redelijk" },
        { value: 4, label: "Ontwikkel ik veel" },
      ],
      missingValues: [0],
    },
  ],

  models: [
    {
      // Model internationale competenties voor docenten (Nuffic, 2023), "Afbeelding 1". Complete.
      id: "teacher",
      label: "Model internationale competenties voor docenten (Nuffic, 2023)",
      clusters: [
        {
          id: "houding",
          label: "Interculturele houding",
          competences: [
            { id: "open_minded", label: "Open-minded" },
            { id: "erkennen_verschillen", label: "Erkennen en waarderen van verschillen" },
            { id: "respect_diversiteit", label: "Respect voor diversiteit" },
            { id: "interesse_perspectieven", label: "Interesse in andere perspectieven" },
            { id: "nieuwsgierigheid", label: "Nieuwsgierigheid" },
          ],
        },
        {
          id: "kennis",
          label: "Interculturele kennis",
          competences: [
            { id: "kennis_talen", label: "Kennis van andere talen" },
            { id: "kennis_communicatiestijlen", label: "(Algemene) kennis van communicatiestijlen" },
            { id: "kennis_culturen", label: "(Algemene) kennis van de eigen en andere culturen" },
            {
              id: "kennis_stereotyperen",
              label: "Bekend met principes van categoriseren en stereotyperen op basis van identiteit",
            },
          ],
        },
        {
          id: "vaardigheden",
          label: "Interculturele vaardigheden",
          competences: [
            { id: "communiceren_talen", label: "(Durven) communiceren in vreemde talen" },
            { id: "luisteren_interpreteren", label: "Luisteren, observeren en interpreteren" },
            { id: "perspectieven_innemen", label: "Verschillende perspectieven innemen" },
            {
              id: "medieren_verbinden",
              label: "Mediëren en verbinden (mensen en perspectieven samenbrengen)",
            },
            { id: "omgaan_verschillen", label: "Omgaan met onzekerheid, verschillen en 'conflicten'" },
            { id: "samenwerken_teams", label: "Samenwerken in internationale teams" },
            { id: "relaties_opbouwen", label: "Interculturele relaties opbouwen" },
          ],
        },
        {
          id: "onderwijs_beroep",
          label: "Internationale oriëntatie op onderwijs en beroep",
          competences: [
            {
              id: "internationaal_netwerk",
              label: "Opzetten en onderhouden van internationaal netwerk en samenwerking",
            },
            {
              id: "pedagogische_vaardigheden",
              label: "Toepassen van nieuwe pedagogische en (vak)didactische vaardigheden in eigen onderwijs",
            },
            {
              id: "competenties_in_onderwijs",
              label: "Toepassen van kennis (over het belang) van internationale competenties in eigen onderwijs",
            },
            { id: "vakgebied_perspectief", label: "Vakgebied in internationaal en cultureel perspectief plaatsen" },
            { id: "kennis_onderwijssystemen", label: "Kennis van eigen en buitenlandse onderwijssystemen" },
            {
              id: "ontwikkelingen_vakgebied",
              label: "Kennis van internationale ontwikkelingen in het vakgebied en de beroepspraktijk",
            },
            {
              id: "diversiteit_klas",
              label: "Heeft oog voor culturele diversiteit in de groep of klas en zet hier op in",
            },
          ],
        },
        {
          id: "maatschappij",
          label: "Internationale oriëntatie op de maatschappij",
          competences: [
            {
              id: "supranationale_organisaties",
              label: "Bekend met supranationale organisaties en doelstellingen (zoals SDG's, VN, EU en wereldburgerschap)",
            },
            {
              id: "maatschappelijke_kwesties",
              label: "Maatschappelijke kwesties in internationaal en cultureel perspectief plaatsen",
            },
            {
              id: "mondiale_betrokkenheid",
              label: "Betrokken bij maatschappelijke en politieke kwesties op mondiaal niveau",
            },
            { id: "kritisch_sociale_positie", label: "Kritisch op eigen sociale positie en van anderen, wereldwijd" },
          ],
        },
        {
          id: "persoonlijk",
          label: "Persoonlijke ontwikkeling",
          competences: [
            { id: "zelfvertrouwen", label: "Zelfvertrouwen" },
            { id: "innovatief", label: "Innovatief" },
            { id: "zelfbewust", label: "Zelfbewust" },
            { id: "reflectief", label: "Reflectief" },
            { id: "flexibiliteit", label: "Flexibel" },
            { id: "aanpassingsvermogen", label: "Aanpassingsvermogen" },
            { id: "veerkrachtig", label: "Veerkrachtig" },
            { id: "creativiteit", label: "Creatief" },
            { id: "ondernemend", label: "Ondernemend" },
            {
              id: "loopbaanbewust",
              label: "Kritisch op en bewust van baantevredenheid en carrièremogelijkheden",
            },
            { id: "digitale_vaardigheden", label: "Digitale vaardigheden" },
            { id: "organisatie_leiderschap", label: "Organisatorische- en leiderschapsvaardigheden" },
          ],
        },
      ],
    },
    {
      // [reconstructed] Model internationale competenties voor studenten (Nuffic, 2020): the official
      // list is not in the report. Built from the teacher model's intercultural and 'maatschappij'
      // items (student wordings where the report gives them; 'tolerantie' (2020) is now 'erkennen en
      // waarderen van verschillen'), the 'onderwijs en beroep' items that fit students, and the
      // personal-development items the report names for students. Replace with the official list
      // as a data change (new version).
      id: "student",
      label: "Model internationale competenties voor leerlingen en studenten (reconstructie op basis van Nuffic, 2020)",
      clusters: [
        {
          id: "houding",
          label: "Interculturele houding",
          competences: [
            { id: "open_minded", label: "Open-minded" },
            { id: "erkennen_verschillen", label: "Erkennen en waarderen van verschillen" },
            { id: "respect_diversiteit", label: "Respect voor diversiteit" },
            { id: "interesse_perspectieven", label: "Interesse in andere perspectieven" },
            { id: "nieuwsgierigheid", label: "Nieuwsgierigheid" },
          ],
        },
        {
          id: "kennis",
          label: "Interculturele kennis",
          competences: [
            { id: "kennis_talen", label: "Kennis van andere talen" },
            { id: "kennis_communicatiestijlen", label: "(Algemene) kennis van communicatiestijlen" },
            { id: "kennis_culturen", label: "Kennis van de eigen en andere cultuur" },
            {
              id: "kennis_stereotyperen",
              label: "Bekend met principes van categoriseren en stereotyperen op basis van identiteit",
            },
          ],
        },
        {
          id: "vaardigheden",
          label: "Interculturele vaardigheden",
          competences: [
            { id: "communiceren_talen", label: "(Durven) communiceren in andere talen" },
            { id: "luisteren_interpreteren", label: "Luisteren en interpreteren" },
            { id: "perspectieven_innemen", label: "Meerdere perspectieven innemen" },
            {
              id: "medieren_verbinden",
              label: "Mediëren en verbinden (mensen en perspectieven samenbrengen)",
            },
            { id: "omgaan_verschillen", label: "Omgaan met verschillen" },
            { id: "samenwerken_teams", label: "Samenwerken in internationale teams" },
            { id: "relaties_opbouwen", label: "Interculturele relaties opbouwen" },
          ],
        },
        {
          id: "opleiding_beroep",
          label: "Internationale oriëntatie op opleiding en beroep",
          competences: [
            {
              id: "internationaal_netwerk",
              label: "Opzetten en onderhouden van een internationaal netwerk en samenwerking",
            },
            { id: "vakgebied_perspectief", label: "Vakgebied in internationaal en cultureel perspectief plaatsen" },
            {
              id: "ontwikkelingen_vakgebied",
              label: "Kennis van internationale ontwikkelingen in het vakgebied en de beroepspraktijk",
            },
            { id: "kennis_onderwijssystemen", label: "Kennis van eigen en buitenlandse onderwijssystemen" },
          ],
        },
        {
          id: "maatschappij",
          label: "Internationale oriëntatie op de maatschappij",
          competences: [
            {
              id: "supranationale_organisaties",
              label: "Bekend met supranationale organisaties en doelstellingen (zoals SDG's, VN, EU en wereldburgerschap)",
            },
            {
              id: "maatschappelijke_kwesties",
              label: "Maatschappelijke kwesties in internationaal en cultureel perspectief plaatsen",
            },
            {
              id: "mondiale_betrokkenheid",
              label: "Betrokken bij maatschappelijke en politieke kwesties op mondiaal niveau",
            },
            { id: "kritisch_sociale_positie", label: "Kritisch op eigen sociale positie en van anderen, wereldwijd" },
          ],
        },
        {
          id: "persoonlijk",
          label: "Persoonlijke ontwikkeling",
          competences: [
            { id: "zelfstandigheid", label: "Zelfstandigheid" },
            { id: "zelfredzaamheid", label: "Zelfredzaamheid" },
            { id: "zelfvertrouwen", label: "Zelfvertrouwen" },
            { id: "doorzettingsvermogen", label: "Doorzettingsvermogen" },
            { id: "flexibiliteit", label: "Flexibiliteit" },
            { id: "aanpassingsvermogen", label: "Aanpassingsvermogen" },
            { id: "creativiteit", label: "Creativiteit" },
            { id: "ondernemend", label: "Ondernemend" },
            { id: "reflectief", label: "Reflectief" },
            { id: "zelfbewust", label: "Zelfbewust" },
          ],
        },
      ],
    },
  ],

  parts: [
    {
      id: "p1",
      title: "Deel 1: leerlingen en studenten",
      description:
        "Je beantwoordt de vragen als begeleider, over de leerlingen of studenten die je hebt begeleid bij een internationaliseringsactiviteit: een stage in het buitenland, een uitwisseling in het buitenland, online internationale samenwerking of meertalig/tweetalig onderwijs. Het gaat om de competenties die jij bij hen ziet ontstaan.",
      estimatedMinutes: 10,
      activity: {
        id: "p1_activity",
        text: "Over welke internationaliseringsactiviteit voor leerlingen/studenten wil je de vragen beantwoorden?",
        help: "Kies één activiteit die je zelf hebt begeleid. De volgende vragen gaan over deze activiteit.",
        options: [
          { code: "stage", label: "Stage in het buitenland" },
          {
            code: "uitwisseling",
            label: "Uitwisseling in het buitenland",
            help: "Hiermee worden activiteiten bedoeld zoals een studie(reis) naar het buitenland, een excursie naar een buitenlands bedrijf of het verblijven in een gastgezin.",
          },
          {
            code: "online",
            label: "Online internationale samenwerking",
            help: "Hieronder vallen bijvoorbeeld projecten van e-Twinning, online samenwerkingsproject, VIS-projecten of COIL. Online lessen zoals het volgen van een MOOC vallen hier niet onder.",
          },
          {
            code: "meertalig",
            label: "Meertalig/tweetalig onderwijs",
            help: "Tweetalig onderwijs omvat onderwijs waar in twee talen les wordt geven. Meertalig onderwijs houdt in dat naast de talen waarin het onderwijs verzorgd wordt (vaak Nederlands en Engels) de leerlingen en studenten ook een derde taal kunnen spreken. Bijvoorbeeld hun moedertaal.",
          },
        ],
        isRequired: true,
      },
      factors: {
        intro:
          "Hieronder worden factoren genoemd die van invloed kunnen zijn op de mate waarin een leerling/student internationale competenties verwerft met de gekozen activiteit. Kies voor elke stelling een plek op de lijn om aan te geven in hoeverre je het oneens (0) of eens (10) bent met deze stelling.",
        scale: "agree010",
        sets: {
          stage: [
            {
              id: "taal",
              text: "Beheersing van een vreemde taal heeft invloed op de verwerving van internationale competenties tijdens een buitenlandstage.",
            },
            {
              id: "begeleiding",
              text: "De begeleiding vanuit de school/instelling heeft invloed op de verwerving van internationale competenties tijdens een buitenlandstage.",
            },
            {
              id: "reflectie",
              text: "Reflectie op de buitenlandstage is van invloed op de verwerving van internationale competenties.",
            },
            {
              id: "thuisfront",
              text: "Regelmatig contact met het thuisfront heeft een positieve invloed op de verwerving van internationale competenties.",
            },
            {
              id: "cultafstand",
              text: "Hoe groter de culturele afstand met het land waar de leerling/student naartoe gaat, hoe meer de leerling/student internationale competenties ontwikkelt.",
            },
            {
              id: "lokaal",
              text: "Hoe intensiever de leerling/student contact heeft met de lokale gemeenschap waar de buitenlandstage plaatsvindt, hoe meer de leerling/student internationale competenties ontwikkelt.",
            },
            {
              id: "duur",
              text: "Hoe langer de buitenlandstage duurt, hoe meer internationale competenties de leerling/student ontwikkelt.",
            },
            {
              id: "alleen",
              text: "Een leerling/student die alleen deelneemt aan de buitenlandstage doet meer internationale competenties op dan wanneer hij/zij samen met medescholieren/-studenten gaat.",
            },
          ],
          uitwisseling: [
            {
              id: "taal",
              text: "De beheersing van een vreemde taal heeft invloed op de verwerving van internationale competenties tijdens een uitwisseling.",
            },
            {
              id: "begeleiding",
              text: "De begeleiding vanuit de school/instelling heeft invloed op de verwerving van internationale competenties tijdens een uitwisseling.",
            },
            {
              id: "reflectie",
              text: "Reflectie op de uitwisseling in het buitenland is van invloed op de verwerving van internationale competenties.",
            },
            {
              id: "lokaal",
              text: "Hoe intensiever de leerling/student contact heeft met de lokale gemeenschap waar de uitwisseling plaatsvindt, hoe meer de leerling/student internationale competenties ontwikkelt.",
            },
            {
              id: "thuisfront",
              text: "Regelmatig contact met het thuisfront heeft een positieve invloed op de verwerving van internationale competenties tijdens een uitwisseling.",
            },
            {
              id: "cultafstand",
              text: "Hoe groter de culturele afstand met het land waar de leerling/student naartoe gaat, hoe meer internationale competenties hij/zij ontwikkelt.",
            },
            {
              id: "duur",
              text: "Hoe langer de uitwisseling duurt, hoe meer internationale competenties de leerling/student ontwikkelt.",
            },
            {
              id: "alleen",
              text: "Een leerling/student die alleen deelneemt aan een uitwisseling doet meer internationale competenties op dan wanneer hij/zij samen met medescholieren/-studenten gaat.",
            },
          ],
          online: [
            {
              id: "taal",
              text: "Voor leerlingen/studenten die meedoen aan een online samenwerkingsproject, is de beheersing van een vreemde taal van invloed op de ontwikkeling van internationale competenties.",
            },
            {
              id: "leerdoelen",
              text: "Het formuleren van heldere leerdoelen van het online samenwerkingsproject (door docent/begeleider, lesmateriaal/opdrachten) heeft invloed op de verwerving van internationale competenties door leerlingen/studenten.",
            },
            {
              id: "begeleiding",
              text: "De begeleiding van het online samenwerkingsproject (door docent/begeleider, lesmateriaal/opdrachten) heeft invloed op de verwerving van internationale competenties.",
            },
            {
              id: "reflectie",
              text: "Reflectie op de online samenwerking is van invloed op de verwerving van internationale competenties.",
            },
            {
              id: "cultafstand",
              text: "Hoe groter de culturele afstand met het land waar de leerling/student mee samenwerkt, hoe meer de leerling/student internationale competenties ontwikkelt.",
            },
            {
              id: "duur",
              text: "Hoe langer de online samenwerking duurt, hoe meer internationale competenties de leerling/student ontwikkelt.",
            },
            {
              id: "keuzevak",
              text: "Een leerling/student die aan een online samenwerking deelneemt vanuit een keuzevak of minor doet meer internationale competenties op in vergelijking met een student die deelneemt vanuit een verplicht vak of kwalificerend deel.",
            },
            {
              id: "onbekend",
              text: "Een leerling/student leert meer van een online samenwerkingsproject als deze student geen bekende groepsgenoten heeft.",
            },
          ],
          meertalig: [
            {
              id: "taal_student",
              text: "De beheersing van een vreemde taal van de leerling/student heeft invloed op de verwerving van internationale competenties tijdens een anderstalig(e) college/les.",
            },
            {
              id: "reflectie",
              text: "Reflectie op de communicatie in een andere taal is van invloed op de verwerving van internationale competenties.",
            },
            {
              id: "leerdoelen",
              text: "Het formuleren van heldere leerdoelen van een anderstalig(e) college/les (door docent/begeleider, lesmateriaal/opdrachten) heeft invloed op de verwerving van internationale competenties door leerlingen/studenten.",
            },
            {
              id: "contact",
              text: "Contact met mensen uit andere landen heeft positieve invloed op de verwerving van internationale competenties in tweetalig en meertalig onderwijs.",
            },
            {
              id: "link_land",
              text: "Hoe duidelijker de link naar het land waar de taal gesproken wordt, hoe meer de leerling/student internationale competenties ontwikkelt.",
            },
            {
              id: "hoeveelheid",
              text: "Hoe meer onderwijs in een andere taal gegeven wordt, hoe meer de leerling/student zijn/haar internationale competenties ontwikkelt.",
            },
            {
              id: "taal_docent",
              text: "De beheersing van de andere taal van de docent heeft invloed op de verwerving van internationale competenties tijdens een anderstalig(e) college/les.",
            },
          ],
        },
      },
      development: {
        text: "In welke mate ontwikkelt de leerling/student de volgende competenties door deelname aan [activiteit]?",
        scale: "dev15",
        model: "student",
      },
      top5: {
        text: "Welke vijf competenties doen leerlingen/studenten het vaakst op met [activiteit]?",
        model: "student",
        count: 5,
      },
      other: {
        id: "p1_other",
        text: "Welke andere internationaliseringsactiviteiten organiseer je (naast [activiteit]) voor leerlingen/studenten?",
        help: "Meerdere antwoorden mogelijk.",
        options: [
          { code: "excursie", label: "Excursie/werkweek naar het buitenland" },
          { code: "online", label: "Online internationale samenwerkingsprojecten", hideIfActivity: "online" },
          {
            code: "lesmateriaal",
            label: "Inzet van internationaal lesmateriaal of internationalisering van het curriculum",
          },
          { code: "gastspreker", label: "Een internationale gastspreker of -docent uitnodigen" },
          { code: "stage_nl", label: "Stage in Nederland bij een internationaal bedrijf" },
          { code: "projectweek", label: "Projectweek of -dag op school over wereldburgerschapsthema's" },
          { code: "burgerschap", label: "Geven van (wereld)burgerschapsonderwijs" },
          { code: "uitwisseling", label: "Uitwisseling in het buitenland", hideIfActivity: "uitwisseling" },
          { code: "stage", label: "Stage in het buitenland", hideIfActivity: "stage" },
          { code: "onderwijs_buitenland", label: "Onderwijs volgen in het buitenland" },
          { code: "meertalig", label: "Meertalig/tweetalig onderwijs", hideIfActivity: "meertalig" },
          { code: "anders", label: "Anders, namelijk", isOther: true },
          { code: "geen", label: "Geen andere activiteiten", isExclusive: true },
        ],
        otherTextId: "p1_other_text",
        isRequired: true,
      },
    },
    {
      id: "p2",
      title: "Deel 2: onderwijsprofessionals",
      description:
        "Je beantwoordt de vragen over je eigen ontwikkeling als onderwijsprofessional: welke internationale competenties ontwikkel je door deelname aan een internationale professionaliseringsactiviteit, zoals lesgeven of meelopen met een collega in het buitenland, een cursus, een internationaal congres of samenwerken met buitenlandse collega's?",
      estimatedMinutes: 8,
      activity: {
        id: "p2_activity",
        text: "Over welke internationale professionaliseringsactiviteit wil je de vragen beantwoorden?",
        help: "Kies één activiteit waaraan je zelf hebt deelgenomen. De volgende vragen gaan over deze activiteit.",
        options: [
          { code: "lesgeven", label: "Lesgeven of meelopen met een collega in het buitenland" },
          { code: "cursus_buitenland", label: "Deelname aan een cursus in het buitenland" },
          {
            code: "cursus_nl",
            label: "Deelname aan een (taal)cursus of nascholing in Nederland over interculturele of internationale thema's",
          },
          { code: "congres", label: "Deelname aan een internationaal congres" },
          { code: "samenwerken", label: "(Online) samenwerken met buitenlandse collega's" },
        ],
        isRequired: true,
      },
      development: {
        text: "In welke mate ontwikkel je de volgende competenties door deelname aan [activiteit]?",
        scale: "dev04",
        model: "teacher",
      },
      top5: {
        text: "Welke vijf competenties ontwikkel je het meest door deelname aan [activiteit]?",
        model: "teacher",
        count: 5,
      },
      other: {
        id: "p2_other",
        text: "Welke andere internationale professionaliseringsactiviteiten onderneem je (naast [activiteit]) om je eigen internationale competenties te ontwikkelen?",
        help: "Meerdere antwoorden mogelijk.",
        options: [
          {
            code: "begeleiden_excursie",
            label: "Begeleiden van leerlingen/studenten tijdens een buitenlandexcursie",
          },
          { code: "collegas_eigen_school", label: "Samenwerken met internationale collega's op de eigen school" },
          {
            code: "lesgeven",
            label: "Lesgeven of meelopen met een collega in het buitenland",
            hideIfActivity: "lesgeven",
          },
          {
            code: "cursus_buitenland",
            label: "Deelname aan een cursus in het buitenland",
            hideIfActivity: "cursus_buitenland",
          },
          {
            code: "cursus_nl",
            label: "Deelname aan een (taal)cursus of nascholing in Nederland over interculturele of internationale thema's",
            hideIfActivity: "cursus_nl",
          },
          { code: "congres", label: "Deelname aan een internationaal congres", hideIfActivity: "congres" },
          {
            code: "samenwerken",
            label: "(Online) samenwerken met buitenlandse collega's",
            hideIfActivity: "samenwerken",
          },
          { code: "anders", label: "Anders, namelijk", isOther: true },
          { code: "geen", label: "Geen andere activiteiten", isExclusive: true },
        ],
        otherTextId: "p2_other_text",
        isRequired: true,
      },
    },
  ],

  raffle: {
    text: "Onder de deelnemers verloten we een VVV-cadeaukaart van €30. Wil je kans maken? Vul dan hieronder je e-mailadres in. Je e-mailadres wordt apart van je antwoorden opgeslagen, zonder verwijzing naar je antwoorden en zonder tijdstip: uit de tabellen van de database is niet af te leiden welk e-mailadres bij welke antwoorden hoort. Je doet één keer mee: een later ingevuld ander e-mailadres telt niet. We gebruiken je e-mailadres alleen om de winnaar te benaderen.",
    emailLabel: "E-mailadres (optioneel)",
  },

  thanks: {
    title: "Bedankt voor je deelname!",
    body: "Je antwoorden zijn opgeslagen. Met jouw bijdrage krijgen we beter zicht op welke internationaliseringsactiviteiten leiden tot welke internationale competenties, zodat opleidingen, leerkrachten en docenten activiteiten gerichter kunnen inzetten. Je kunt dit venster nu sluiten.",
  },
} satisfies z.input<typeof ZSurveyDefinition>;
