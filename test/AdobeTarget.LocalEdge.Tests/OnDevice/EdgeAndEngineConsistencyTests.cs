using System.Text;
using System.Text.Json;
using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge.Tests.OnDevice;

/// <summary>
/// A visitor gets the same experience whether the local edge decides or Adobe's on-device engine decides from the
/// artifact the edge publishes: same options (type and content, in order) and the same activity and experience.
/// </summary>
public class EdgeAndEngineConsistencyTests
{
    private const int Visitors = 3_000;

    private static readonly LocalTargetEdge TheEdge = ConsistencyActivities.Edge();
    private static readonly TargetArtifact Artifact = TargetArtifact.Parse(TheEdge.RulesJson.Span);
    private static readonly OnDeviceDecider Engine = new(TimeProvider.System);

    [Fact]
    public void Artifact_HasNoUnsupportedRules_AndSkipsEmptyRanges()
    {
        Assert.Empty(Artifact.UnsupportedRules);
        Assert.Equal(3 + 1 + 3 + 2 + 2 + 4 + 2 + 3 + 2, Artifact.RuleCount); // hero (both activities), flags without its empty range, go, page load, views
    }

    [Fact]
    public void ExecuteMboxesAndPageLoad_ThousandsOfVisitors_SameExperiencesOnTheEdgeAndOnDevice()
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < Visitors; i++)
        {
            var json = "{\"id\":" + VisitorIdJson(i) + ""","context":{"channel":"web"},"execute":{"mboxes":[{"name":"hero","index":0},{"name":"flags","index":1},{"name":"go","index":2},{"name":"unknown","index":3}],"pageLoad":{}}}""";
            var (edge, device) = Decide(json);

            var edgeMboxes = edge.Execute!.Mboxes!.Select(m => $"{m.Name}#{m.Index}: {Describe(m.Options)}").ToList();
            var deviceMboxes = device.Execute!.Mboxes!.Select(m => $"{m.Name}#{m.Index}: {Describe(m.Options)}").ToList();
            Assert.Equal(edgeMboxes, deviceMboxes);
            Assert.Equal(Describe(edge.Execute.PageLoad!.Options), Describe(device.Execute.PageLoad!.Options));
            seen.UnionWith(edgeMboxes);
            seen.Add(Describe(edge.Execute.PageLoad.Options));
        }

        // Every reachable experience was drawn (3 hero + 3 flags + 2 go + 1 unknown lines, 2 × 4 page-load pairs), none unreachable.
        Assert.Equal(3 + 3 + 2 + 1 + 8, seen.Count);
        Assert.DoesNotContain(seen, line => line.Contains("\"v\":0", StringComparison.Ordinal) || line.Contains("hidden", StringComparison.Ordinal));
    }

    [Fact]
    public void PrefetchMboxesAndViews_ThousandsOfVisitors_SameExperiencesOnTheEdgeAndOnDevice()
    {
        for (var i = 0; i < Visitors; i++)
        {
            foreach (var views in new[] { """[{}]""", """[{"name":"cart"}]""" })
            {
                var json = "{\"id\":" + VisitorIdJson(i) + ""","context":{"channel":"web"},"prefetch":{"mboxes":[{"name":"hero","index":0}],"pageLoad":{},"views":""" + views + "}}";
                var (edge, device) = Decide(json);

                Assert.Equal(Describe(edge.Prefetch!.Mboxes![0].Options), Describe(device.Prefetch!.Mboxes![0].Options));
                Assert.Equal(Describe(edge.Prefetch.PageLoad!.Options), Describe(device.Prefetch.PageLoad!.Options));
                Assert.Equal(
                    edge.Prefetch.Views!.Select(v => $"{v.Name}: {Describe(v.Options)}"),
                    device.Prefetch.Views!.Select(v => $"{v.Name}: {Describe(v.Options)}"));
                Assert.All(device.Prefetch.Views!.SelectMany(v => v.Options!), o => Assert.NotNull(o.EventToken));
            }
        }
    }

    /// <summary>Visitors known by a tntId (with a location hint), an ECID, or a third-party id only.</summary>
    private static string VisitorIdJson(int i)
    {
        var id = new Guid(Encoding.UTF8.GetBytes($"{i,16}")).ToString("N");
        return (i % 3) switch
        {
            0 => $$"""{"tntId":"{{id}}.35_0"}""",
            1 => $$"""{"marketingCloudVisitorId":"{{id}}"}""",
            _ => $$"""{"thirdPartyId":"crm-{{id}}"}""",
        };
    }

    private static (DeliveryResponse Edge, DeliveryResponse Device) Decide(string json)
    {
        var answer = TheEdge.Answer(Parse(json), "session", "ORG@AdobeOrg");
        var decision = Engine.Decide(Artifact, new OnDeviceRequest { Request = Parse(json), ClientCode = "acme" });
        return (answer.Response!, decision.Response);
    }

    private static DeliveryRequest Parse(string json) => JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.DeliveryRequest)!;

    /// <summary>What a visitor sees: each option's type and content, and the activity and experience it came from.</summary>
    private static string Describe(IEnumerable<Option>? options) => string.Join(" | ", (options ?? []).Select(o =>
        $"{o.Type}:{Compact(o.Content!.Value)}@{o.ResponseTokens!["activity.id"]}/{o.ResponseTokens["experience.id"]}"));

    private static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
