using System.Text.Json;
using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// One decision: evaluates the requested mboxes, views and page load against the artifact's rules and shapes the
/// response entries, collecting display notifications (execute only) and, when asked, traces. Not thread-safe;
/// one instance per call.
/// </summary>
internal sealed class DecisionRun
{
    private const string Execute = "execute";
    private const string Prefetch = "prefetch";

    private readonly TargetArtifact _artifact;
    private readonly RuleContext _context;
    private readonly OutcomeShaper _shaper;
    private readonly Func<string?, UrlContext> _parseUrl;
    private readonly string? _propertyToken;
    private readonly TraceHeader? _traceHeader;
    private readonly NotificationCollector _notifications;

    /// <summary>Prepares a decision.</summary>
    public DecisionRun(
        TargetArtifact artifact,
        RuleContext context,
        OutcomeShaper shaper,
        Func<string?, UrlContext> parseUrl,
        string? propertyToken,
        TraceHeader? traceHeader,
        NotificationCollector notifications)
    {
        _artifact = artifact;
        _context = context;
        _shaper = shaper;
        _parseUrl = parseUrl;
        _propertyToken = propertyToken;
        _traceHeader = traceHeader;
        _notifications = notifications;
    }

    /// <summary>Decides the execute part of a request.</summary>
    public ExecuteResponse DecideExecute(ExecuteRequest request)
    {
        var tracer = NewTracer();
        var response = new ExecuteResponse();
        if (request.Mboxes is not null)
        {
            response.Mboxes = DecideMboxes(Execute, request.Mboxes, tracer, static outcome => new MboxResponse { Name = outcome.Name, Index = outcome.Index, Options = outcome.Options, Metrics = outcome.Metrics, Trace = outcome.Trace });
        }

        if (request.PageLoad is not null)
        {
            response.PageLoad = DecidePageLoad(Execute, request.PageLoad, tracer);
        }

        return response;
    }

    /// <summary>Decides the prefetch part of a request.</summary>
    public PrefetchResponse DecidePrefetch(PrefetchRequest request)
    {
        var tracer = NewTracer();
        var response = new PrefetchResponse();
        if (request.Mboxes is not null)
        {
            response.Mboxes = DecideMboxes(Prefetch, request.Mboxes, tracer, static outcome => new PrefetchMboxResponse { Name = outcome.Name, Index = outcome.Index, Options = outcome.Options, Metrics = outcome.Metrics, Trace = outcome.Trace });
        }

        if (request.Views is not null)
        {
            response.Views = [];
            foreach (var view in request.Views.Where(v => v is not null))
            {
                foreach (var outcome in DecideView(view, tracer))
                {
                    response.Views.Add(new View { Name = outcome.Name, Options = outcome.Options, Metrics = outcome.Metrics, Trace = outcome.Trace });
                }
            }
        }

        if (request.PageLoad is not null)
        {
            response.PageLoad = DecidePageLoad(Prefetch, request.PageLoad, tracer);
        }

        return response;
    }

    /// <summary>Decides each named mbox of an execute or a prefetch, one response per outcome, shaped by <paramref name="shape"/>.</summary>
    private List<TResponse> DecideMboxes<TResponse>(string mode, IList<MboxRequest> mboxes, DecisionTracer? tracer, Func<RuleOutcome, TResponse> shape)
    {
        var responses = new List<TResponse>();
        foreach (var mbox in mboxes.Where(m => m is not null))
        {
            foreach (var outcome in DecideMbox(mode, mbox.Name, mbox.Index, mbox, tracer, false))
            {
                responses.Add(shape(outcome));
            }
        }

        return responses;
    }

    private DecisionTracer? NewTracer() => _traceHeader is null ? null : new DecisionTracer(_traceHeader);

    private List<RuleOutcome> DecideMbox(string mode, string? name, int? index, RequestDetails detail, DecisionTracer? tracer, bool pageLoad)
    {
        var isGlobal = name == _artifact.GlobalMbox;
        tracer?.TraceRequest(mode, "mbox", TraceJson.Detail(detail, pageLoad ? name : null), _context.Request.Page);
        PointAt(detail);

        var outcomes = new List<RuleOutcome>();
        if (name is not null && _artifact.MboxRules.TryGetValue(name, out var rules))
        {
            var source = new MacroSource(name, index, detail);
            HashSet<string>? matchedKeys = isGlobal ? new(StringComparer.Ordinal) : null;
            var tracedRule = tracer is not null && pageLoad ? GlobalMboxScan.LastSatisfied(rules, _context, _propertyToken) : null;
            foreach (var rule in rules)
            {
                if (!rule.AppliesTo(_propertyToken) || (matchedKeys is not null && matchedKeys.Contains(rule.RuleKey)))
                {
                    continue;
                }

                if (Evaluate(rule, tracer))
                {
                    outcomes.Add(Shape(mode, rule, index, source, tracer, isView: false, snapshot: tracedRule is null || ReferenceEquals(rule, tracedRule)));
                    if (matchedKeys is null)
                    {
                        break;
                    }

                    matchedKeys.Add(rule.RuleKey);
                }
            }
        }

        if (!isGlobal && outcomes.Count == 0)
        {
            outcomes.Add(new RuleOutcome { Name = name, Index = index, Trace = tracer?.Snapshot() });
        }

        return outcomes;
    }

    private PageLoadResponse DecidePageLoad(string mode, RequestDetails detail, DecisionTracer? tracer)
    {
        var outcomes = DecideMbox(mode, _artifact.GlobalMbox, null, detail, tracer, pageLoad: true);
        var response = new PageLoadResponse { Options = outcomes.SelectMany(o => o.Options ?? []).ToList() };
        response.Metrics = PageLoadMetrics.Distinct(outcomes);
        response.Trace = outcomes.Count > 0 ? outcomes[^1].Trace : null;
        return response;
    }

    private List<RuleOutcome> DecideView(ViewRequest view, DecisionTracer? tracer)
    {
        tracer?.TraceRequest(Prefetch, "view", TraceJson.Detail(view, null), _context.Request.Page);
        PointAt(view);
        var rules = view.Name is null ? _artifact.AllViewRules : _artifact.ViewRules.GetValueOrDefault(view.Name) ?? [];
        var source = new MacroSource(view.Name, null, view);
        var matchedKeys = new HashSet<string>(StringComparer.Ordinal);
        var byName = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var rule in rules)
        {
            if (!rule.AppliesTo(_propertyToken) || matchedKeys.Contains(rule.RuleKey) || !Evaluate(rule, tracer))
            {
                continue;
            }

            matchedKeys.Add(rule.RuleKey);
            // merged entries keep the first rule's trace, so only that one is snapshotted
            var outcome = Shape(Prefetch, rule, null, source, tracer, isView: true, snapshot: !byName.ContainsKey(rule.ConsequenceName ?? RuleCompiler.MissingRuleKey));
            var key = outcome.Name ?? RuleCompiler.MissingRuleKey;
            if (byName.TryGetValue(key, out var existing))
            {
                existing.Options!.AddRange(outcome.Options!);
                existing.Metrics?.AddRange(outcome.Metrics ?? []);
            }
            else
            {
                byName[key] = outcome;
                order.Add(key);
            }
        }

        return order.Select(k => byName[k]).ToList();
    }

    private void PointAt(RequestDetails detail)
    {
        var page = _context.Request.Page;
        var referring = _context.Request.Referring;
        if (detail.Address is not null)
        {
            page = _parseUrl(detail.Address.Url);
            referring = page;
        }

        _context.ForDetail(page, referring, MboxParameterContext.Build(detail.Parameters));
    }

    private bool Evaluate(CompiledRule rule, DecisionTracer? tracer)
    {
        _context.ForActivity(rule.ActivityId);
        var satisfied = rule.IsSatisfied(_context);
        tracer?.RuleEvaluated(rule, _context, satisfied);
        return satisfied;
    }

    private RuleOutcome Shape(string mode, CompiledRule rule, int? index, MacroSource source, DecisionTracer? tracer, bool isView, bool snapshot)
    {
        List<Option> options;
        List<Metric>? metrics;
        if (mode == Execute)
        {
            var notification = _notifications.Add(rule);
            if (tracer is not null)
            {
                var traced = tracer.NotificationsOf(rule);
                if (notification is not null)
                {
                    traced.Add(TraceJson.ToObject(notification));
                }
            }

            options = _shaper.ExecuteOptions(rule, source);
            metrics = OutcomeShaper.ExecuteMetrics(rule);
        }
        else
        {
            options = _shaper.PrefetchOptions(rule, source);
            metrics = isView ? OutcomeShaper.AllMetrics(rule) : null;
        }

        return new RuleOutcome { Name = rule.ConsequenceName, Index = index, Options = options, Metrics = metrics, Trace = snapshot ? tracer?.Snapshot() : null };
    }
}
