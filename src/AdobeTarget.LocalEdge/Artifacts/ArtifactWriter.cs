using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Writes the edge's activities as Target's on-device rules artifact (<c>rules.json</c>, schema version 1.0.0): each
/// experience becomes a rule whose condition takes the experience's allocation range (the ranges the edge allocates
/// with), whose options are the experience's offers with the edge's display event token, and whose metrics are its
/// click token. A rule carries its activity's property tokens. Activities keep file order, so for a named mbox the
/// engine's first satisfied rule is the first applicable activity's, as the edge answers; the page load's activities
/// go to the global mbox.
/// </summary>
internal static partial class ArtifactWriter
{
    /// <summary>The global mbox's name, as Adobe's engine hard-codes it.</summary>
    public const string GlobalMbox = "target-global-mbox";

    /// <summary>The response tokens listed: the ones the edge fills itself.</summary>
    private static readonly string[] ResponseTokens = ["activity.id", "activity.name", "experience.id", "experience.name"];

    public static byte[] Write(LocalActivities activities, string clientCode, string environment, EventTokens tokens)
    {
        var mboxes = activities.Activities.Where(a => a.Mbox is not null).GroupBy(a => a.Mbox!, StringComparer.Ordinal).ToList();
        var views = activities.Activities.Where(a => a.View is not null).GroupBy(a => a.View!, StringComparer.Ordinal).ToList();
        var pageLoad = activities.Activities.Where(a => a.PageLoad).ToList();

        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.0.0");
            json.WriteStartObject("meta");
            json.WriteString("clientCode", clientCode);
            json.WriteString("environment", environment);
            json.WriteString("generatedBy", "AdobeTarget.LocalEdge");
            json.WriteEndObject();
            json.WriteString("globalMbox", GlobalMbox);
            json.WriteBoolean("geoTargetingEnabled", activities.Geo is { Count: > 0 });
            WriteStrings(json, "responseTokens", ResponseTokens);
            WriteStrings(json, "remoteMboxes", []);
            WriteStrings(json, "remoteViews", []);
            WriteStrings(json, "localMboxes", [.. mboxes.Select(g => g.Key).Append(GlobalMbox).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
            WriteStrings(json, "localViews", [.. views.Select(g => g.Key).Order(StringComparer.Ordinal)]);
            json.WriteStartObject("rules");
            json.WriteStartObject("mboxes");
            foreach (var mbox in mboxes)
            {
                WriteRules(json, mbox.Key, [.. mbox], "mbox", tokens);
            }

            if (pageLoad.Count > 0)
            {
                WriteRules(json, GlobalMbox, pageLoad, "mbox", tokens);
            }

            json.WriteEndObject();
            json.WriteStartObject("views");
            foreach (var view in views)
            {
                WriteRules(json, view.Key, [.. view], "view", tokens);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRules(Utf8JsonWriter json, string location, IReadOnlyList<LocalActivity> activities, string locationType, EventTokens tokens)
    {
        json.WriteStartArray(location);
        foreach (var activity in activities)
        {
            var boundaries = Allocation.Boundaries(activity);
            for (var i = 0; i < activity.Experiences.Count; i++)
            {
                if (boundaries[i] < boundaries[i + 1])
                {
                    WriteRule(json, location, locationType, activity, activity.Experiences[i], boundaries[i], boundaries[i + 1], tokens);
                }
            }
        }

        json.WriteEndArray();
    }

    private static void WriteRule(Utf8JsonWriter json, string location, string locationType, LocalActivity activity, LocalExperience experience, int from, int to, EventTokens tokens)
    {
        json.WriteStartObject();
        json.WriteString("ruleKey", activity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("activityId", activity.Id);
        WriteStrings(json, "propertyTokens", activity.PropertyTokens ?? []);
        json.WriteStartObject("meta");
        json.WriteNumber("activity.id", activity.Id);
        json.WriteString("activity.name", activity.Name ?? "");
        json.WriteString("activity.type", "ab");
        json.WriteNumber("experience.id", experience.Id);
        json.WriteString("experience.name", experience.Name ?? "");
        json.WriteString("location.name", location);
        json.WriteString("location.type", locationType);
        json.WriteNumber("location.id", 0);
        json.WriteStartArray("audience.ids");
        json.WriteEndArray();
        json.WriteEndObject();

        // allocation >= from/100 && allocation < to/100: the bucket range [from, to) the edge allocates with.
        json.WriteStartObject("condition");
        json.WriteStartArray("and");
        WriteComparison(json, ">=", from);
        WriteComparison(json, "<", to);
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("consequence");
        json.WriteString("name", location);
        json.WriteStartArray("options");
        var displayToken = tokens.Display(activity.Id, experience.Id, onDevice: true);
        foreach (var offer in experience.Offers)
        {
            json.WriteStartObject();
            json.WriteString("type", offer.Type);
            json.WritePropertyName("content");
            offer.Content.WriteTo(json);
            json.WriteString("eventToken", displayToken);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("metrics");
        if (activity.TrackClicks)
        {
            json.WriteStartObject();
            json.WriteString("type", "click");
            json.WriteString("eventToken", tokens.Click(activity.Id, experience.Id, onDevice: true));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter json, string op, int bucket)
    {
        json.WriteStartObject();
        json.WriteStartArray(op);
        json.WriteStartObject();
        json.WriteString("var", "allocation");
        json.WriteEndObject();
        json.WriteNumberValue(bucket / 100.0);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Whether a text is a plausible property token: 1 to 64 letters, digits or <c>-</c>.</summary>
    public static bool IsPropertyToken(string text) => PropertyToken().IsMatch(text);

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex PropertyToken();
}
