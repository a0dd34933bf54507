using System.Text.Json;
using System.Text.Json.Serialization;
using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.Delivery;

public partial class TargetAttributesTests
{
    private const string FeatureFlags = """
        {"status":200,"id":{"tntId":"t.28_0"},
         "execute":{"mboxes":[{"index":0,"name":"feature-flags","options":[
            {"type":"json","content":{"searchProviderId":143,"title":"Hello","enabled":true,"ratio":0.25,"nested":{"k":"v"}}},
            {"type":"json","content":{"title":"Overridden"}},
            {"type":"html","content":"<p>ignored</p>"}]}]},
         "prefetch":{"mboxes":[{"index":1,"name":"prefetched","state":"s","options":[{"type":"json","content":{"limit":10},"eventToken":"e"}]}]}}
        """;

    [Fact]
    public async Task GetAttributesAsync_AddsTheMboxesToExecute_AfterTheRequestsOwn()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetAttributesAsync(["feature-flags", "banner", "feature-flags"], new TargetDeliveryOptions { Request = Requests.Execute("own") });

        var mboxes = Assert.Single(harness.Edge.Requests).Json["execute"]!["mboxes"]!.AsArray();
        Assert.Equal(["own", "feature-flags", "banner"], mboxes.Select(m => m!["name"]!.GetValue<string>()));
        Assert.Equal([0, 1, 2], mboxes.Select(m => m!["index"]!.GetValue<int>()));
    }

    [Fact]
    public async Task GetAttributesAsync_TypedValues_ReadFromTheMergedJsonOptions()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = TargetClientResponseTests.Json(FeatureFlags);

        var attributes = await harness.Client.GetAttributesAsync(["feature-flags"], new TargetDeliveryOptions { Request = Requests.Prefetch("prefetched") });

        Assert.Equal(143, attributes.GetValue<int>("feature-flags", "searchProviderId"));
        Assert.Equal(143L, attributes.GetValue<long>("feature-flags", "searchProviderId"));
        Assert.True(attributes.GetValue<bool>("feature-flags", "enabled"));
        Assert.Equal(0.25, attributes.GetValue<double>("feature-flags", "ratio"));
        Assert.Equal(0.25m, attributes.GetValue<decimal>("feature-flags", "ratio"));
        Assert.Equal("Overridden", attributes.GetValue<string>("feature-flags", "title"));
        Assert.Equal("v", attributes.GetValue<Nested>("feature-flags", "nested", AttributeJson.Default.Nested)!.K);
        Assert.Equal(10, attributes.GetValue<int>("prefetched", "limit"));
        Assert.Equal(["searchProviderId", "title", "enabled", "ratio", "nested"], attributes.AsDictionary("feature-flags").Keys);
        Assert.Empty(attributes.AsDictionary("unknown"));
        Assert.Equal("t.28_0", attributes.Response.TntId);
    }

    [Fact]
    public async Task GetAttributesAsync_MissingOrMistypedValues_FailClearly()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = TargetClientResponseTests.Json(FeatureFlags);

        var attributes = await harness.Client.GetAttributesAsync(["feature-flags"], new TargetDeliveryOptions { Request = new() });

        Assert.Contains("'missing'", Assert.Throws<KeyNotFoundException>(() => attributes.GetValue<int>("feature-flags", "missing")).Message, StringComparison.Ordinal);
        Assert.Contains("String", Assert.Throws<InvalidCastException>(() => attributes.GetValue<int>("feature-flags", "title")).Message, StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => attributes.GetValue<Nested>("feature-flags", "nested"));
        Assert.False(attributes.TryGetValue<int>("feature-flags", "title", out _));
        Assert.True(attributes.TryGetValue<string>("feature-flags", "title", out var title));
        Assert.Equal("Overridden", title);
    }

    [Fact]
    public async Task GetAttributesAsync_NoMboxNames_Throws()
    {
        await using var harness = await ClientHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.GetAttributesAsync([], new TargetDeliveryOptions { Request = new() }));
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.GetAttributesAsync([" "], new TargetDeliveryOptions { Request = new() }));
        Assert.Empty(harness.Edge.Requests);
    }

    public sealed record Nested([property: JsonPropertyName("k")] string K);

    [JsonSerializable(typeof(Nested))]
    internal sealed partial class AttributeJson : JsonSerializerContext;
}
