using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdobeTarget.Delivery.Tests;

public class ContractRoundTripTests
{
    public static TheoryData<string, bool, string> SpecExamples => TestData.SpecExamples();

    public static TheoryData<string, bool, string> ConformanceBodies => TestData.ConformanceBodies();

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void SpecExample_ReadAndWritten_IsSemanticallyEqual(string name, bool isRequest, string json) =>
        AssertRoundTrip(name, isRequest, json, allowedUnmodelled: []);

    [Theory]
    [MemberData(nameof(ConformanceBodies))]
    public void ConformanceBody_ReadAndWritten_IsSemanticallyEqual(string name, bool isRequest, string json) =>
        // Two suites put the SDK's sessionId option inside the request body; it is no Delivery API field.
        AssertRoundTrip(name, isRequest, json, allowedUnmodelled: ["$.sessionId"]);

    [Fact]
    public void SpecExamples_OnlyTheKnownInvalidOneIsSkipped() =>
        Assert.Equal(["responseForPrefetchViewsForWebChannel.json"], TestData.InvalidSpecExamples().Select(Path.GetFileName));

    [Fact]
    public void ConformanceBodies_AreAllFound()
    {
        // 18 suites, 66 tests: every test has a request; most have an output.
        Assert.True(ConformanceBodies.Count >= 100, $"only {ConformanceBodies.Count} bodies were found");
    }

    private static void AssertRoundTrip(string name, bool isRequest, string json, string[] allowedUnmodelled)
    {
        object model = isRequest
            ? JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.DeliveryRequest)!
            : JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.DeliveryResponse)!;
        var written = isRequest
            ? JsonSerializer.Serialize((DeliveryRequest)model, DeliveryJsonContext.Default.DeliveryRequest)
            : JsonSerializer.Serialize((DeliveryResponse)model, DeliveryJsonContext.Default.DeliveryResponse);

        var expected = WireEquivalent(JsonNode.Parse(json));
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name} changed in a round trip.\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");

        var unmodelled = UnmodelledFields.Find(model).Except(allowedUnmodelled).ToList();
        Assert.True(unmodelled.Count == 0, $"{name} has fields the contract does not model: {string.Join(", ", unmodelled)}");
    }

    /// <summary>
    /// What the contract writes for a document it read: explicit nulls are left out (null and absent mean the same on
    /// the wire), and parameter values that other SDKs send as numbers or booleans are written as the strings the spec
    /// types them as.
    /// </summary>
    private static JsonNode? WireEquivalent(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is null)
                    {
                        obj.Remove(key);
                    }
                    else if (key is "parameters" or "profileParameters" && obj[key] is JsonObject parameters)
                    {
                        foreach (var name in parameters.Select(p => p.Key).ToList())
                        {
                            if (parameters[name] is JsonValue value && value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                            {
                                parameters[name] = value.ToJsonString();
                            }
                        }
                    }
                    else
                    {
                        WireEquivalent(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WireEquivalent(item);
                }

                break;
        }

        return node;
    }
}
