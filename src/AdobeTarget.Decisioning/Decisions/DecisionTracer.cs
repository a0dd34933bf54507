using System.Text.Json;
using System.Text.Json.Nodes;
using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// Collects the trace of one mode (execute or prefetch) of a decision, as Adobe's engine reports it: the request
/// detail, the campaigns matched (with their notifications) and, per activity, the rule context and the
/// matched/unmatched audiences and conditions. Each response entry gets a snapshot.
/// </summary>
internal sealed class DecisionTracer
{
    private readonly TraceHeader _header;
    private readonly List<JsonObject> _campaigns = [];
    private readonly Dictionary<long, JsonObject> _campaignsByActivity = [];
    private readonly List<EvaluatedTarget> _targets = [];
    private readonly Dictionary<long, EvaluatedTarget> _targetsByActivity = [];
    private JsonObject _request = [];

    /// <summary>Creates a tracer for one mode of a decision.</summary>
    public DecisionTracer(TraceHeader header) => _header = header;

    /// <summary>Records the request detail being decided.</summary>
    public void TraceRequest(string mode, string requestType, JsonObject detail, UrlContext page)
    {
        detail["type"] = mode;
        _request = new JsonObject
        {
            ["pageURL"] = page.Url,
            ["host"] = page.Domain,
            [requestType] = detail,
        };
    }

    /// <summary>Records a rule's evaluation.</summary>
    public void RuleEvaluated(CompiledRule rule, RuleContext context, bool satisfied)
    {
        var activityId = rule.ActivityId;
        if (satisfied && !_campaignsByActivity.ContainsKey(activityId))
        {
            var campaign = new JsonObject
            {
                ["id"] = Meta(rule, "activity.id"),
                ["campaignType"] = Meta(rule, "activity.type"),
                ["branchId"] = Meta(rule, "experience.id"),
                ["offers"] = rule.Meta.TryGetValue("offer.id", out var offer) ? new JsonArray(TraceJson.ToNode(offer)) : new JsonArray(),
                ["environment"] = _header.Environment,
            };
            RemoveNulls(campaign);
            _campaigns.Add(campaign);
            _campaignsByActivity[activityId] = campaign;
        }

        if (!_targetsByActivity.TryGetValue(activityId, out var target))
        {
            var contextJson = JsonSerializer.SerializeToElement(TraceJson.ToNode(context.AsObject())!, DecisioningJsonContext.Default.JsonNode);
            target = new EvaluatedTarget(contextJson, Meta(rule, "activity.id"), Meta(rule, "activity.type"));
            _targets.Add(target);
            _targetsByActivity[activityId] = target;
        }

        if (rule.Meta.TryGetValue("audience.ids", out var audiences) && audiences.ValueKind == JsonValueKind.Array)
        {
            var segments = satisfied ? target.MatchedSegments : target.UnmatchedSegments;
            foreach (var audience in audiences.EnumerateArray())
            {
                if (!segments.Any(s => s.GetRawText() == audience.GetRawText()))
                {
                    segments.Add(audience);
                }
            }
        }

        (satisfied ? target.MatchedConditions : target.UnmatchedConditions).Add(rule.Condition);
    }

    /// <summary>The notifications list of a matched rule's campaign (created empty on first use).</summary>
    public JsonArray NotificationsOf(CompiledRule rule)
    {
        var campaign = _campaignsByActivity[rule.ActivityId];
        if (campaign["notifications"] is not JsonArray notifications)
        {
            notifications = [];
            campaign["notifications"] = notifications;
        }

        return notifications;
    }

    /// <summary>A deep snapshot of the trace so far, for a response entry.</summary>
    public Dictionary<string, JsonElement> Snapshot()
    {
        var request = new JsonObject();
        if (_header.SessionId is not null)
        {
            request["sessionId"] = _header.SessionId;
        }

        foreach (var (key, value) in _request)
        {
            request[key] = value?.DeepClone();
        }


        return TraceJson.Snapshot(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("clientCode", _header.ClientCode);
            writer.WritePropertyName("artifact");
            _header.Artifact.WriteTo(writer);
            writer.WritePropertyName("profile");
            _header.Profile.WriteTo(writer);
            writer.WritePropertyName("request");
            request.WriteTo(writer);
            writer.WriteStartArray("campaigns");
            foreach (var campaign in _campaigns)
            {
                campaign.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("evaluatedCampaignTargets");
            foreach (var target in _targets)
            {
                target.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static JsonNode? Meta(CompiledRule rule, string key) =>
        rule.Meta.TryGetValue(key, out var value) ? TraceJson.ToNode(value) : null;

    private static void RemoveNulls(JsonObject obj)
    {
        foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            obj.Remove(key);
        }
    }
}
