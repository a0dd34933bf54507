using System.Text.Json;

namespace AdobeTarget.LocalEdge;

/// <summary>Reads and checks an activities file, with messages that say what to fix.</summary>
public static class LocalActivitiesLoader
{
    /// <summary>Reads activities from a JSON file (comments and trailing commas allowed).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The checked activities.</returns>
    /// <exception cref="InvalidDataException">The file is not valid JSON or describes activities that cannot be served.</exception>
    public static LocalActivities Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Reads activities from JSON.</summary>
    /// <param name="json">The JSON stream.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <returns>The checked activities.</returns>
    /// <exception cref="InvalidDataException">The JSON is not valid or describes activities that cannot be served.</exception>
    public static LocalActivities Load(Stream json, string source = "activities")
    {
        LocalActivities? activities;
        try
        {
            activities = JsonSerializer.Deserialize(json, LocalEdgeJsonContext.Default.LocalActivities);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source} is not a valid activities file: {e.Message}", e);
        }

        if (activities is null)
        {
            throw new InvalidDataException($"{source} is empty.");
        }

        Check(activities, source);
        return activities;
    }

    /// <summary>Checks activities built in code, as <see cref="Load(Stream, string)"/> checks a file.</summary>
    /// <param name="activities">The activities.</param>
    /// <param name="source">Where they came from, for messages.</param>
    /// <exception cref="InvalidDataException">They cannot be served.</exception>
    public static void Check(LocalActivities activities, string source = "activities")
    {
        ArgumentNullException.ThrowIfNull(activities);
        var problems = new List<string>();
        foreach (var group in activities.Activities.GroupBy(a => a.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"activity id {group.Key} is used {group.Count()} times");
        }

        foreach (var activity in activities.Activities)
        {
            var label = $"activity {activity.Id} ({activity.Name ?? "unnamed"})";
            var locations = (activity.Mbox is null ? 0 : 1) + (activity.View is null ? 0 : 1) + (activity.PageLoad ? 1 : 0);
            if (locations != 1)
            {
                problems.Add($"{label} needs exactly one of \"mbox\", \"view\" or \"pageLoad\": true");
            }

            if (activity.PropertyTokens?.Any(t => t is null || !Internal.ArtifactWriter.IsPropertyToken(t)) == true)
            {
                problems.Add($"{label}: property tokens must be 1 to 64 letters, digits or '-'");
            }

            if (activity.Mbox == Internal.ArtifactWriter.GlobalMbox)
            {
                problems.Add($"{label}: the mbox \"{Internal.ArtifactWriter.GlobalMbox}\" is the page load; write \"pageLoad\": true");
            }

            if (activity.Experiences.Count == 0)
            {
                problems.Add($"{label} has no experiences");
            }

            foreach (var experience in activity.Experiences)
            {
                if (experience.Weight <= 0 || !double.IsFinite(experience.Weight))
                {
                    problems.Add($"{label}, experience {experience.Id}: weight must be a positive number");
                }

                foreach (var offer in experience.Offers)
                {
                    var valid = offer.Type switch
                    {
                        "html" or "redirect" => offer.Content.ValueKind == JsonValueKind.String,
                        "json" => offer.Content.ValueKind == JsonValueKind.Object,
                        _ => false,
                    };
                    if (!valid)
                    {
                        problems.Add($"{label}, experience {experience.Id}: an offer must be \"html\" or \"redirect\" with string content, or \"json\" with object content (got \"{offer.Type}\")");
                    }
                }
            }

            foreach (var group in activity.Experiences.GroupBy(e => e.Id).Where(g => g.Count() > 1))
            {
                problems.Add($"{label}: experience id {group.Key} is used {group.Count()} times");
            }
        }

        Internal.LocalGeoCheck.Check(activities, problems);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{source} cannot be served: {string.Join("; ", problems)}.");
        }
    }
}
