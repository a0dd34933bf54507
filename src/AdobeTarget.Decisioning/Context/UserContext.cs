using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning;

/// <summary>The <c>user</c> part of a rule context: browser type and major version, platform, locale. Immutable.</summary>
internal sealed class UserContext
{
    private readonly JsValue _browserType;
    private readonly JsValue _platform;
    private readonly JsValue _browserVersion;

    /// <summary>Builds the context from the parsed user agent.</summary>
    public UserContext(UserAgentInfo agent)
    {
        _browserType = JsValue.FromString(agent.BrowserType);
        _platform = agent.Platform is null ? JsValue.Undefined : JsValue.FromString(agent.Platform);
        _browserVersion = JsValue.FromNumber(agent.BrowserVersion);
    }

    /// <summary>The locale Adobe's engine always reports.</summary>
    public static JsValue Locale { get; } = JsValue.FromString("en");

    /// <summary>A field by name, as a JavaScript value (<c>undefined</c> when unknown).</summary>
    public JsValue Get(string name) => name switch
    {
        "browserType" => _browserType,
        "platform" => _platform,
        "locale" => Locale,
        "browserVersion" => _browserVersion,
        _ => JsValue.Undefined,
    };

    /// <summary>The context as a JavaScript object.</summary>
    public JsValue AsObject()
    {
        var properties = new Dictionary<string, JsValue>(4, StringComparer.Ordinal)
        {
            ["browserType"] = _browserType,
            ["platform"] = _platform,
            ["locale"] = Locale,
            ["browserVersion"] = _browserVersion,
        };
        if (_platform.Kind == JsValueKind.Undefined)
        {
            properties.Remove("platform");
        }

        return JsValue.FromObject(properties);
    }
}
