using System.Text.Json.Nodes;

namespace TargetMiddleware.Sample.Tests;

/// <summary>Reads the sample's local edge report (<c>/_edge/report.json</c>).</summary>
public static class EdgeReport
{
    /// <summary>Sums a counter (impressions, onDeviceImpressions, visitors, conversions) over an activity's experiences.</summary>
    public static long Total(JsonNode report, long activity, string counter) =>
        report["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<long>() == activity)!["experiences"]!.AsArray().Sum(e => e![counter]!.GetValue<long>());

    /// <summary>Waits for the report to reach a state (notifications are sent in the background).</summary>
    public static async Task<JsonNode> UntilAsync(HttpClient http, SampleProcess sample, Func<JsonNode, bool> condition)
    {
        JsonNode report = new JsonObject();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            report = JsonNode.Parse(await http.GetStringAsync(new Uri(sample.Address, "_edge/report.json")))!;
            if (condition(report))
            {
                return report;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"The local edge's report never reached the expected counts:\n{report}\nSample output:\n{sample.Output}");
    }
}
