using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>A local edge server per test and the requests a Delivery API client sends it.</summary>
public abstract class EdgeOverHttp : IAsyncLifetime
{
    /// <summary>Gets a client whose base address is the edge.</summary>
    protected HttpClient Http { get; private set; } = null!;

    /// <summary>Gets the edge served.</summary>
    protected LocalTargetEdge Edge => _server.Edge;

    private LocalEdgeServer _server = null!;

    /// <summary>Creates the edge to serve; the test activities by default.</summary>
    protected virtual LocalTargetEdge CreateEdge() => TestActivities.Edge();

    public async Task InitializeAsync()
    {
        _server = await LocalEdgeServer.StartAsync(CreateEdge());
        Http = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _server.DisposeAsync();
    }

    protected async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string json, string query = "?imsOrgId=ORG@AdobeOrg&sessionId=s1")
    {
        using var response = await Http.PostAsync("rest/v1/delivery" + query, new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    protected async Task<JsonNode> ReportAsync() => JsonNode.Parse(await Http.GetStringAsync("_edge/report.json"))!;

    /// <summary>Prefetches the home mbox for a visitor and returns its answer.</summary>
    protected async Task<JsonNode> PrefetchHomeAsync(string tntId) =>
        (await PostAsync($$$"""{"id":{"tntId":"{{{tntId}}}"},"context":{"channel":"web"},"prefetch":{"mboxes":[{"name":"home","index":0}]}}""")).Body!["prefetch"]!["mboxes"]![0]!;

    /// <summary>Which experience of the hero activity an answer shows: 10 (A) or 11 (B).</summary>
    protected static int ExperienceOf(JsonNode mbox) => mbox["options"]![0]!["content"]!.GetValue<string>() == "<p>A</p>" ? 10 : 11;

    protected static long Count(JsonNode report, int activity, int experience, string counter) =>
        report["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<long>() == activity)!["experiences"]!.AsArray()
            .Single(e => e!["id"]!.GetValue<long>() == experience)![counter]!.GetValue<long>();
}
