using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning;

/// <summary>
/// The data a rule's condition reads: the request context plus the request detail's page, referring and mbox
/// parts and the rule's allocation. One instance per decision, re-pointed before each rule; never shared
/// between threads.
/// </summary>
internal sealed class RuleContext
{
    private readonly string _clientCode;
    private readonly string _visitorId;
    private long _activityId;
    private double _allocation;
    private bool _allocationKnown;

    /// <summary>Creates the context for one decision.</summary>
    public RuleContext(RequestContext request, string clientCode, string visitorId)
    {
        Request = request;
        _clientCode = clientCode;
        _visitorId = visitorId;
        Page = request.Page;
        Referring = request.Referring;
        Mbox = MboxParameterContext.Empty;
    }

    /// <summary>The request-wide context.</summary>
    public RequestContext Request { get; }

    /// <summary><c>page</c> for the current request detail.</summary>
    public UrlContext Page { get; private set; }

    /// <summary><c>referring</c> for the current request detail.</summary>
    public UrlContext Referring { get; private set; }

    /// <summary><c>mbox</c> for the current request detail.</summary>
    public JsValue Mbox { get; private set; }

    /// <summary><c>allocation</c> for the current rule's activity, 0–99.99.</summary>
    public double Allocation
    {
        get
        {
            if (!_allocationKnown)
            {
                _allocation = AllocationBucket.For(_clientCode, _activityId, _visitorId);
                _allocationKnown = true;
            }

            return _allocation;
        }
    }

    /// <summary>Points the context at a request detail.</summary>
    public void ForDetail(UrlContext page, UrlContext referring, JsValue mbox)
    {
        Page = page;
        Referring = referring;
        Mbox = mbox;
    }

    /// <summary>Points the context at a rule's activity.</summary>
    public void ForActivity(long activityId)
    {
        if (_activityId != activityId || !_allocationKnown)
        {
            _activityId = activityId;
            _allocationKnown = false;
        }
    }

    /// <summary>A top-level member by name as a JavaScript value (<c>undefined</c> when unknown).</summary>
    public JsValue Root(string name) => name switch
    {
        "current_timestamp" => Request.CurrentTimestamp,
        "current_time" => Request.CurrentTime,
        "current_day" => Request.CurrentDay,
        "user" => Request.User.AsObject(),
        "page" => Page.AsObject(),
        "referring" => Referring.AsObject(),
        "geo" => Request.Geo.AsObject(),
        "mbox" => Mbox,
        "allocation" => JsValue.FromNumber(Allocation),
        _ => JsValue.Undefined,
    };

    /// <summary>The whole context as a JavaScript object, in Adobe's key order (used for traces).</summary>
    public JsValue AsObject()
    {
        var properties = new Dictionary<string, JsValue>(9, StringComparer.Ordinal);
        foreach (var name in (ReadOnlySpan<string>)["current_timestamp", "current_time", "current_day", "user", "page", "referring", "geo", "mbox", "allocation"])
        {
            properties[name] = Root(name);
        }

        return JsValue.FromObject(properties);
    }
}
