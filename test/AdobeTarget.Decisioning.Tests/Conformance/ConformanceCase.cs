using System.Text.Json.Nodes;

namespace AdobeTarget.Decisioning.Tests.Conformance;

/// <summary>One test case of a fixture suite, with the suite's artifact and conf applied.</summary>
internal sealed record ConformanceCase(
    string Id,
    string ArtifactName,
    JsonObject Conf,
    JsonObject Input,
    JsonNode? Output,
    bool HasNotificationOutput,
    JsonNode? NotificationOutput,
    JsonObject? MockDate,
    JsonObject? MockGeo)
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "on-device");

    public static IEnumerable<string> AllIds() =>
        Directory.GetFiles(Path.Combine(Root, "models"), "*.json")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(file =>
            {
                var suite = Path.GetFileNameWithoutExtension(file);
                var tests = (JsonNode.Parse(File.ReadAllText(file))!["test"] as JsonObject)!;
                return tests.Select(t => $"{suite}/{t.Key}");
            });

    public static ConformanceCase Load(string id)
    {
        var (suiteName, caseName) = (id.Split('/')[0], id.Split('/')[1]);
        var suite = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "models", suiteName + ".json")))!.AsObject();
        var test = suite["test"]![caseName]!.AsObject();
        var artifact = (test["artifact"] ?? suite["artifact"])!.GetValue<string>();
        var conf = (test["conf"] ?? suite["conf"])!.AsObject();
        return new ConformanceCase(
            id,
            artifact,
            conf,
            test["input"]!.AsObject(),
            test["output"],
            test.ContainsKey("notificationOutput"),
            test["notificationOutput"],
            test["mockDate"] as JsonObject,
            test["mockGeo"] as JsonObject);
    }

    public byte[] ArtifactBytes() => File.ReadAllBytes(Path.Combine(Root, "artifacts", ArtifactName + ".json"));

    /// <summary>JavaScript Date.UTC(year, month (0-based), date, hours, minutes, seconds); missing fields 0.</summary>
    public DateTimeOffset? Now()
    {
        if (MockDate is null)
        {
            return null;
        }

        int Field(string name, int fallback) => MockDate[name]?.GetValue<int>() ?? fallback;
        return new DateTimeOffset(Field("year", 1970), 1, 1, 0, 0, 0, TimeSpan.Zero)
            .AddMonths(Field("month", 0))
            .AddDays(Field("date", 1) - 1)
            .AddHours(Field("hours", 0))
            .AddMinutes(Field("minutes", 0))
            .AddSeconds(Field("seconds", 0));
    }
}
