namespace AdobeTarget.Decisioning.Conditions;

/// <summary>A compiled JsonLogic expression: computes its JavaScript value over a rule context.</summary>
internal delegate JsValue Expression(RuleContext context);
