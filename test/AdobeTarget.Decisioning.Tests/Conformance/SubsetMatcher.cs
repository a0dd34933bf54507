using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdobeTarget.Decisioning.Tests.Conformance;

/// <summary>
/// The fixtures' matching rule: object keys absent from the expectation are not checked, arrays must have equal
/// length and match element by element, and "expect.any(String|Number|Object)" matches any value of that type.
/// </summary>
internal static class SubsetMatcher
{
    public static List<string> Mismatches(JsonNode? expected, JsonNode? actual)
    {
        var problems = new List<string>();
        Match(expected, actual, "$", problems);
        return problems;
    }

    private static void Match(JsonNode? expected, JsonNode? actual, string path, List<string> problems)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    problems.Add($"{path}: expected null, got {actual.ToJsonString()}");
                }

                return;
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    problems.Add($"{path}: expected an object, got {Describe(actual)}");
                    return;
                }

                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(key))
                    {
                        problems.Add($"{path}.{key}: missing (expected {Describe(value)})");
                        continue;
                    }

                    Match(value, actualObject[key], $"{path}.{key}", problems);
                }

                return;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    problems.Add($"{path}: expected an array, got {Describe(actual)}");
                    return;
                }

                if (expectedArray.Count != actualArray.Count)
                {
                    problems.Add($"{path}: expected {expectedArray.Count} elements, got {actualArray.Count}: {actualArray.ToJsonString()}");
                    return;
                }

                for (int i = 0; i < expectedArray.Count; i++)
                {
                    Match(expectedArray[i], actualArray[i], $"{path}[{i}]", problems);
                }

                return;
            default:
                MatchValue((JsonValue)expected, actual, path, problems);
                return;
        }
    }

    private static void MatchValue(JsonValue expected, JsonNode? actual, string path, List<string> problems)
    {
        var kind = expected.GetValueKind();
        if (kind == JsonValueKind.String)
        {
            var text = expected.GetValue<string>();
            bool? any = text switch
            {
                "expect.any(String)" => actual?.GetValueKind() == JsonValueKind.String,
                "expect.any(Number)" => actual?.GetValueKind() == JsonValueKind.Number,
                "expect.any(Object)" => actual?.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array,
                _ => null,
            };
            if (any is { } ok)
            {
                if (!ok)
                {
                    problems.Add($"{path}: expected {text}, got {Describe(actual)}");
                }

                return;
            }
        }

        var same = actual is JsonValue actualValue && actualValue.GetValueKind() == kind && (kind == JsonValueKind.Number
            ? Number(expected) == Number(actualValue)
            : JsonNode.DeepEquals(expected, actualValue));
        if (!same)
        {
            problems.Add($"{path}: expected {expected.ToJsonString()}, got {Describe(actual)}");
        }
    }

    private static double Number(JsonValue value) =>
        double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(JsonNode? node) => node is null ? "null" : node.ToJsonString();
}
