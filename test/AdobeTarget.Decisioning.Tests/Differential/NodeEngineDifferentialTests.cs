using System.Text.Json;
using System.Text.Json.Nodes;
using AdobeTarget.Decisioning.Tests.Conformance;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.Decisioning.Tests.Differential;

/// <summary>
/// 1,000 seeded random requests over artifact.json, decided by Adobe's Node engine (1.9.3, psl 1.9.0 as the Node SDK
/// wires it; see TestData/Differential/SOURCE.md) and by ours: responses must be equal, notifications must carry
/// the same mboxes, tokens and timestamps.
/// </summary>
public sealed class NodeEngineDifferentialTests
{
    private static readonly DateTimeOffset Fixed = DateTimeOffset.FromUnixTimeMilliseconds(1795768200000); // 2026-11-27T08:30:00Z

    [Fact]
    public void Decide_RandomRequestsOverProductionArtifact_MatchAdobesNodeEngine()
    {
        var artifact = TestArtifacts.Production();
        var decider = new OnDeviceDecider(new FakeTimeProvider(Fixed));
        // .ci/run decides the requests afresh with the npm engine and points here; else the committed table
        var table = Environment.GetEnvironmentVariable("ODD_DIFFERENTIAL_TABLE") is { Length: > 0 } fresh && File.Exists(fresh)
            ? fresh
            : Path.Combine(AppContext.BaseDirectory, "TestData", "Differential", "decisions.json");
        var rows = JsonNode.Parse(File.ReadAllText(table))!.AsArray();
        var failures = new List<string>();

        foreach (var row in rows)
        {
            var request = JsonSerializer.Deserialize(row!["request"]!.ToJsonString(), DeliveryJsonContext.Default.DeliveryRequest)!;
            var decision = decider.Decide(artifact, new OnDeviceRequest { Request = request, ClientCode = "targettesting", SessionId = "session" });
            var actual = JsonSerializer.SerializeToNode(decision.Response, DeliveryJsonContext.Default.DeliveryResponse);
            var expected = row["response"];
            var problems = SubsetMatcher.Mismatches(expected, actual).Concat(SubsetMatcher.Mismatches(actual, expected).Select(p => "extra " + p)).ToList();

            var notifications = new JsonArray(decision.Notifications
                .Select(n => (JsonNode)new JsonObject { ["mbox"] = n.Mbox!.Name, ["tokens"] = new JsonArray(n.Tokens!.Select(t => (JsonNode)t!).ToArray()), ["timestamp"] = n.Timestamp })
                .ToArray());
            problems.AddRange(SubsetMatcher.Mismatches(row["notifications"], notifications).Select(p => "notifications " + p));

            if (problems.Count > 0 && failures.Count < 10)
            {
                failures.Add($"{row["request"]!["requestId"]}: {string.Join("; ", problems.Take(3))}");
            }
        }

        Assert.Equal(1000, rows.Count);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
