"""Fixed reference data of the sandbox marketplaces: markets and reason codes (RE01)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MarketDef:
    code: str
    name: str
    language: str  # language most customers and sellers write in
    currency: str
    timezone: str
    country_iso3: str
    response_rule: str
    operator_name: str  # how the operator's customer care signs in threads
    english_share: float = 0.0  # share of customers who write in English (expats, tourists)
    price_factor: float = 1.0
    weight: float = 1.0  # share of a generated dataset's volume


MARKETS: dict[str, MarketDef] = {
    m.code: m
    for m in (
        MarketDef("DE", "MediaMarkt DE (sandbox)", "de", "EUR", "Europe/Berlin", "DEU",
                  "hours:48", "MediaMarkt Kundenservice", english_share=0.05, weight=0.4),
        MarketDef("ES", "MediaMarkt ES (sandbox)", "es", "EUR", "Europe/Madrid", "ESP",
                  "hours:48", "MediaMarkt Atención al Cliente", english_share=0.05, weight=0.25),
        MarketDef("NL", "MediaMarkt NL (sandbox)", "nl", "EUR", "Europe/Amsterdam", "NLD",
                  "hours:48", "MediaMarkt Klantenservice", english_share=0.2, weight=0.2),
        MarketDef("CH", "MediaMarkt CH (sandbox)", "de", "CHF", "Europe/Zurich", "CHE",
                  "hours:48", "MediaMarkt Kundendienst Schweiz", english_share=0.1,
                  price_factor=1.08, weight=0.15),
    )
}

LOCALES = {"de": "de_DE", "es": "es_ES", "nl": "nl_NL", "en": "en_GB"}


@dataclass(frozen=True, slots=True)
class ReasonDef:
    code: str
    type: str
    key: str  # the text corpus key this reason selects
    labels: dict[str, str]
    operator: bool = True
    customer: bool = False
    shop: bool = False


def _r(code: str, type_: str, key: str, de: str, es: str, nl: str, en: str, *,
       operator: bool = True, customer: bool = False, shop: bool = False) -> ReasonDef:
    return ReasonDef(code, type_, key, {"de": de, "es": es, "nl": nl, "en": en},
                     operator, customer, shop)


REASONS: tuple[ReasonDef, ...] = (
    # Why an incident was opened (by the customer or the operator).
    _r("10", "INCIDENT_OPEN", "not_delivered", "Artikel nicht erhalten", "Artículo no recibido",
       "Artikel niet ontvangen", "Item not received", customer=True),
    _r("11", "INCIDENT_OPEN", "damaged", "Artikel beschädigt angekommen", "Artículo llegó dañado",
       "Artikel beschadigd aangekomen", "Item arrived damaged", customer=True),
    _r("12", "INCIDENT_OPEN", "wrong_item", "Falscher Artikel geliefert",
       "Se entregó un artículo equivocado", "Verkeerd artikel geleverd", "Wrong item delivered",
       customer=True),
    _r("13", "INCIDENT_OPEN", "defective", "Artikel defekt", "Artículo defectuoso",
       "Artikel defect", "Item defective", customer=True),
    _r("14", "INCIDENT_OPEN", "missing_parts", "Lieferung unvollständig", "Faltan piezas",
       "Levering onvolledig", "Parts missing", customer=True),
    _r("15", "INCIDENT_OPEN", "not_as_described", "Entspricht nicht der Beschreibung",
       "No coincide con la descripción", "Komt niet overeen met de beschrijving",
       "Not as described", customer=True),
    _r("16", "INCIDENT_OPEN", "return_not_refunded", "Rücksendung nicht erstattet",
       "Devolución no reembolsada", "Retour niet terugbetaald", "Return not refunded",
       customer=True),
    _r("17", "INCIDENT_OPEN", "invoice_missing", "Rechnung fehlt", "Falta la factura",
       "Factuur ontbreekt", "Invoice missing", customer=True),
    # Why the operator (or customer) closes an incident.
    _r("20", "INCIDENT_CLOSE", "solved_by_seller", "Vom Verkäufer gelöst",
       "Resuelto por el vendedor", "Opgelost door de verkoper", "Solved by the seller",
       customer=True),
    _r("21", "INCIDENT_CLOSE", "refund_issued", "Erstattung durchgeführt", "Reembolso realizado",
       "Terugbetaling uitgevoerd", "Refund issued"),
    _r("22", "INCIDENT_CLOSE", "no_customer_reply", "Keine Antwort des Kunden",
       "Sin respuesta del cliente", "Geen reactie van de klant", "No reply from the customer"),
    _r("23", "INCIDENT_CLOSE", "unfounded", "Reklamation unbegründet",
       "Reclamación no justificada", "Klacht ongegrond", "Complaint unfounded"),
    _r("24", "INCIDENT_CLOSE", "goodwill", "Kulanzlösung vereinbart",
       "Solución de cortesía acordada", "Coulanceregeling getroffen", "Goodwill solution agreed"),
    # What the seller says it did when it marks an incident as solved (OR64).
    _r("30", "INCIDENT_CLOSE", "reshipped", "Ersatzlieferung versendet", "Reenvío realizado",
       "Vervangende zending verstuurd", "Item re-shipped", operator=False, shop=True),
    _r("31", "INCIDENT_CLOSE", "refunded", "Betrag erstattet", "Importe reembolsado",
       "Bedrag terugbetaald", "Amount refunded", operator=False, shop=True),
    _r("32", "INCIDENT_CLOSE", "replaced", "Artikel umgetauscht", "Artículo sustituido",
       "Artikel omgeruild", "Item replaced", operator=False, shop=True),
    _r("33", "INCIDENT_CLOSE", "repaired", "Artikel repariert", "Artículo reparado",
       "Artikel gerepareerd", "Item repaired", operator=False, shop=True),
    _r("34", "INCIDENT_CLOSE", "invoice_sent", "Rechnung zugesendet", "Factura enviada",
       "Factuur verstuurd", "Invoice sent", operator=False, shop=True),
    _r("35", "INCIDENT_CLOSE", "return_label_sent", "Retourenetikett zugesendet",
       "Etiqueta de devolución enviada", "Retourlabel verstuurd", "Return label sent",
       operator=False, shop=True),
    _r("36", "INCIDENT_CLOSE", "partial_refund", "Teilerstattung gewährt",
       "Reembolso parcial concedido", "Gedeeltelijke terugbetaling", "Partial refund granted",
       operator=False, shop=True),
    _r("37", "INCIDENT_CLOSE", "delivery_confirmed", "Zustellung bestätigt",
       "Entrega confirmada", "Levering bevestigd", "Delivery confirmed",
       operator=False, shop=True),
    # Refund reasons (OR28).
    _r("40", "REFUND", "refund_not_delivered", "Erstattung: nicht geliefert",
       "Reembolso: no entregado", "Terugbetaling: niet geleverd", "Refund: not delivered"),
    _r("41", "REFUND", "refund_damaged", "Erstattung: beschädigt oder defekt",
       "Reembolso: dañado o defectuoso", "Terugbetaling: beschadigd of defect",
       "Refund: damaged or defective"),
    _r("42", "REFUND", "refund_goodwill", "Kulanzerstattung", "Reembolso de cortesía",
       "Coulance-terugbetaling", "Goodwill refund"),
    _r("43", "REFUND", "refund_shipping", "Erstattung der Versandkosten",
       "Reembolso de gastos de envío", "Terugbetaling verzendkosten", "Shipping costs refunded"),
    # Topics for operator messages.
    _r("50", "ORDER_MESSAGING", "order_question", "Frage zur Bestellung",
       "Pregunta sobre el pedido", "Vraag over de bestelling", "Question about the order",
       customer=True, shop=True),
    _r("51", "MMP_SELLER_MESSAGING", "seller_policy", "Hinweis zu den Marktplatzregeln",
       "Aviso sobre las normas del marketplace", "Melding over de marktplaatsregels",
       "Notice about marketplace rules"),
    _r("52", "MMP_SELLER_MESSAGING", "seller_sanction", "Maßnahme gegen Ihren Shop",
       "Medida sobre su tienda", "Maatregel voor uw winkel", "Measure concerning your shop"),
)

REASONS_BY_KEY = {r.key: r for r in REASONS}
INCIDENT_OPEN_KEYS = tuple(r.key for r in REASONS if r.type == "INCIDENT_OPEN")
SELLER_RESOLUTION_KEYS = tuple(r.key for r in REASONS if r.type == "INCIDENT_CLOSE" and r.shop)
OPERATOR_CLOSE_KEYS = tuple(r.key for r in REASONS if r.type == "INCIDENT_CLOSE" and r.operator)


def reason_label(code: str, language: str) -> str:
    for reason in REASONS:
        if reason.code == code:
            return reason.labels.get(language, reason.labels["en"])
    return code
