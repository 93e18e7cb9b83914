"""A few more message templates (de/es/nl/en) the simulator and the large datasets need beyond
the corpus in ``texts/``: customers chasing a seller who has not answered."""

from __future__ import annotations

CUSTOMER_FOLLOWUP: dict[str, tuple[str, ...]] = {
    "de": (
        "Ich habe zu Bestellung {order} noch immer keine Antwort bekommen. Bitte melden Sie "
        "sich.",
        "Gibt es schon etwas Neues zu meinem Anliegen wegen „{product}“?",
        "Ich warte seit Tagen auf eine Rückmeldung. Wie geht es weiter?",
        "Bitte antworten Sie mir endlich, es geht um Bestellung {order}.",
        "Hallo? Ist meine Nachricht angekommen? Ich brauche eine Lösung für „{product}“.",
        "Nochmals die Bitte um eine kurze Rückmeldung zu {order}.",
        "Wenn ich bis morgen nichts höre, wende ich mich an den Kundenservice des Marktplatzes.",
    ),
    "es": (
        "Sigo sin respuesta sobre el pedido {order}. Por favor, contestadme.",
        "¿Hay alguna novedad sobre lo de «{product}»?",
        "Llevo días esperando una respuesta. ¿Cómo seguimos?",
        "Por favor, respondedme ya, se trata del pedido {order}.",
        "¿Hola? ¿Os ha llegado mi mensaje? Necesito una solución para «{product}».",
        "Vuelvo a pedir una respuesta breve sobre {order}.",
        "Si mañana no sé nada, acudiré a la atención al cliente del marketplace.",
    ),
    "nl": (
        "Ik heb over bestelling {order} nog steeds geen antwoord gekregen. Graag een reactie.",
        "Is er al nieuws over mijn vraag over ‘{product}’?",
        "Ik wacht al dagen op een reactie. Hoe gaat het verder?",
        "Wilt u mij alstublieft antwoorden? Het gaat om bestelling {order}.",
        "Hallo? Is mijn bericht aangekomen? Ik heb een oplossing nodig voor ‘{product}’.",
        "Nogmaals het verzoek om een korte reactie over {order}.",
        "Als ik morgen niets hoor, neem ik contact op met de klantenservice van de marktplaats.",
    ),
    "en": (
        "I still have not had an answer about order {order}. Please get back to me.",
        "Is there any news about my request regarding \u201c{product}\u201d?",
        "I have been waiting for days for a reply. What happens next?",
        "Please answer me, this is about order {order}.",
        "Hello? Did my message arrive? I need a solution for \u201c{product}\u201d.",
        "Once again, could you please give me a short update on {order}?",
        "If I do not hear from you by tomorrow, I will contact the marketplace's customer care.",
    ),
}
