// Generated from schema/dataset.schema.json by scripts/gen-types.mjs. Do not edit.
// The validator walks this copy, so what it accepts is exactly what the schema says.
import type { JsonSchema } from './schema-check.js';

export const datasetSchema: JsonSchema = {
  "$ref": "#/$defs/Dataset",
  "$defs": {
    "Dataset": {
      "type": "object",
      "required": [
        "id",
        "title",
        "subject",
        "sources",
        "themes",
        "indicators",
        "events"
      ],
      "additionalProperties": false,
      "properties": {
        "$schema": {
          "type": "string",
          "maxLength": 2000
        },
        "id": {
          "$ref": "#/$defs/Id"
        },
        "version": {
          "type": "string",
          "maxLength": 64
        },
        "title": {
          "$ref": "#/$defs/LocalizedText"
        },
        "subject": {
          "$ref": "#/$defs/LocalizedText"
        },
        "sources": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/Source"
          }
        },
        "themes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Theme"
          }
        },
        "indicators": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Indicator"
          }
        },
        "events": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/DatasetEvent"
          }
        }
      }
    },
    "Id": {
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 80
    },
    "Period": {
      "type": "string",
      "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
    },
    "LocalizedText": {
      "type": "object",
      "required": [
        "en"
      ],
      "propertyNames": {
        "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
      },
      "additionalProperties": {
        "type": "string",
        "minLength": 1,
        "maxLength": 2000
      },
      "properties": {
        "en": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000
        }
      }
    },
    "PluralForms": {
      "type": "object",
      "required": [
        "other"
      ],
      "additionalProperties": false,
      "properties": {
        "zero": {
          "type": "string",
          "maxLength": 200
        },
        "one": {
          "type": "string",
          "maxLength": 200
        },
        "two": {
          "type": "string",
          "maxLength": 200
        },
        "few": {
          "type": "string",
          "maxLength": 200
        },
        "many": {
          "type": "string",
          "maxLength": 200
        },
        "other": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        }
      }
    },
    "LocalizedPlural": {
      "type": "object",
      "required": [
        "en"
      ],
      "propertyNames": {
        "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
      },
      "additionalProperties": {
        "$ref": "#/$defs/PluralForms"
      },
      "properties": {
        "en": {
          "$ref": "#/$defs/PluralForms"
        }
      }
    },
    "Source": {
      "type": "object",
      "required": [
        "id",
        "title",
        "date",
        "language"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "title": {
          "$ref": "#/$defs/LocalizedText"
        },
        "publisher": {
          "$ref": "#/$defs/LocalizedText"
        },
        "date": {
          "$ref": "#/$defs/Period"
        },
        "url": {
          "type": "string",
          "pattern": "^https?://",
          "maxLength": 2000
        },
        "language": {
          "type": "string",
          "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
        }
      }
    },
    "Theme": {
      "type": "object",
      "required": [
        "id",
        "label"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "quote": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000
        },
        "source": {
          "$ref": "#/$defs/Id"
        }
      }
    },
    "Unit": {
      "oneOf": [
        {
          "$ref": "#/$defs/CountUnit"
        },
        {
          "$ref": "#/$defs/PercentUnit"
        },
        {
          "$ref": "#/$defs/CurrencyUnit"
        }
      ]
    },
    "CountUnit": {
      "type": "object",
      "required": [
        "kind",
        "noun"
      ],
      "additionalProperties": false,
      "properties": {
        "kind": {
          "const": "count"
        },
        "noun": {
          "$ref": "#/$defs/LocalizedPlural"
        }
      }
    },
    "PercentUnit": {
      "type": "object",
      "required": [
        "kind"
      ],
      "additionalProperties": false,
      "properties": {
        "kind": {
          "const": "percent"
        }
      }
    },
    "CurrencyUnit": {
      "type": "object",
      "required": [
        "kind",
        "currency"
      ],
      "additionalProperties": false,
      "properties": {
        "kind": {
          "const": "currency"
        },
        "currency": {
          "type": "string",
          "pattern": "^[A-Z]{3}$"
        },
        "scale": {
          "type": "integer",
          "minimum": 0,
          "maximum": 15
        }
      }
    },
    "Qualifier": {
      "type": "string",
      "enum": [
        "exact",
        "approximate",
        "more-than",
        "at-least",
        "less-than",
        "at-most",
        "range"
      ]
    },
    "Measure": {
      "type": "string",
      "enum": [
        "level",
        "change",
        "target"
      ]
    },
    "Change": {
      "type": "object",
      "required": [
        "basis",
        "unit"
      ],
      "additionalProperties": false,
      "properties": {
        "basis": {
          "type": "string",
          "enum": [
            "year-on-year",
            "period-on-period"
          ]
        },
        "unit": {
          "type": "string",
          "enum": [
            "percent",
            "percentage-points"
          ]
        }
      }
    },
    "Derivation": {
      "type": "object",
      "required": [
        "formula"
      ],
      "additionalProperties": false,
      "properties": {
        "formula": {
          "type": "string",
          "minLength": 1,
          "maxLength": 500
        },
        "decimals": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6
        }
      }
    },
    "Observation": {
      "type": "object",
      "required": [
        "period",
        "measure",
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "period": {
          "$ref": "#/$defs/Period"
        },
        "measure": {
          "$ref": "#/$defs/Measure"
        },
        "value": {
          "type": "number"
        },
        "qualifier": {
          "$ref": "#/$defs/Qualifier"
        },
        "upper": {
          "type": "number"
        },
        "change": {
          "$ref": "#/$defs/Change"
        },
        "quote": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000
        },
        "source": {
          "$ref": "#/$defs/Id"
        },
        "derived": {
          "$ref": "#/$defs/Derivation"
        }
      }
    },
    "Total": {
      "type": "object",
      "required": [
        "value",
        "label"
      ],
      "additionalProperties": false,
      "properties": {
        "value": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "quote": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000
        }
      }
    },
    "Item": {
      "type": "object",
      "required": [
        "id",
        "label"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "quote": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000
        }
      }
    },
    "Indicator": {
      "type": "object",
      "required": [
        "id",
        "label",
        "themes",
        "unit",
        "observations"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "themes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/Id"
          }
        },
        "unit": {
          "$ref": "#/$defs/Unit"
        },
        "total": {
          "$ref": "#/$defs/Total"
        },
        "observations": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/Observation"
          }
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Item"
          }
        },
        "sentence": {
          "$ref": "#/$defs/LocalizedText"
        }
      }
    },
    "DatasetEvent": {
      "type": "object",
      "required": [
        "id",
        "date",
        "kind",
        "label",
        "quote"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "date": {
          "$ref": "#/$defs/Period"
        },
        "kind": {
          "type": "string",
          "enum": [
            "milestone",
            "deadline"
          ]
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "quote": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000
        },
        "source": {
          "$ref": "#/$defs/Id"
        },
        "themes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Id"
          }
        },
        "indicators": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Id"
          }
        }
      }
    }
  }
};
