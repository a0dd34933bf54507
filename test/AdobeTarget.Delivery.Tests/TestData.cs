using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdobeTarget.Delivery.Tests;

/// <summary>The copied spec examples and conformance suites (see TestData/README.md).</summary>
internal static class TestData
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <summary>The spec's example bodies: (file, is a request, JSON).</summary>
    public static TheoryData<string, bool, string> SpecExamples()
    {
        var data = new TheoryData<string, bool, string>();
        foreach (var file in SpecExampleFiles().Except(InvalidSpecExamples()))
        {
            var name = Path.GetFileName(file);
            data.Add(name, !name.StartsWith("response", StringComparison.Ordinal), File.ReadAllText(file));
        }

        return data;
    }

    /// <summary>The spec's example files that are not valid JSON (the spec ships one with a trailing comma).</summary>
    public static IEnumerable<string> InvalidSpecExamples() =>
        SpecExampleFiles().Where(file =>
        {
            try
            {
                JsonDocument.Parse(File.ReadAllText(file)).Dispose();
                return false;
            }
            catch (JsonException)
            {
                return true;
            }
        });

    private static IEnumerable<string> SpecExampleFiles() =>
        Directory.GetFiles(Path.Combine(Root, "spec", "examples"), "*.json").Order(StringComparer.Ordinal);

    /// <summary>Every <c>input.request</c> and <c>output</c> of the conformance suites: (suite/test/part, is a request, JSON).</summary>
    public static TheoryData<string, bool, string> ConformanceBodies()
    {
        var data = new TheoryData<string, bool, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "on-device", "models"), "*.json").Order(StringComparer.Ordinal))
        {
            var suite = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var (testName, test) in suite["test"]!.AsObject())
            {
                var label = $"{Path.GetFileNameWithoutExtension(file)}/{testName}";
                if (test!["input"]?["request"] is { } request)
                {
                    data.Add(label + "/input.request", true, WithoutMatchers(request).ToJsonString());
                }

                if (test["output"] is { } output)
                {
                    data.Add(label + "/output", false, WithoutMatchers(output).ToJsonString());
                }
            }
        }

        return data;
    }

    /// <summary>
    /// The suites' expectations hold Jest matchers (<c>"expect.any(Object)"</c> and the like) where a value of that
    /// type may stand. They are not wire data: put a value of the named type in their place.
    /// </summary>
    private static JsonNode WithoutMatchers(JsonNode node)
    {
        var copy = node.DeepClone();
        Replace(copy);
        return copy;

        static void Replace(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        if (Matcher(obj[key]) is { } replacement)
                        {
                            obj[key] = replacement;
                        }
                        else
                        {
                            Replace(obj[key]);
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (Matcher(array[i]) is { } replacement)
                        {
                            array[i] = replacement;
                        }
                        else
                        {
                            Replace(array[i]);
                        }
                    }

                    break;
            }
        }

        static JsonNode? Matcher(JsonNode? value) =>
            value is JsonValue v && v.TryGetValue<string>(out var text)
                ? text switch
                {
                    "expect.any(Object)" => new JsonObject(),
                    "expect.any(Number)" => JsonValue.Create(0),
                    "expect.any(String)" => JsonValue.Create("any"),
                    _ => null,
                }
                : null;
    }
}
