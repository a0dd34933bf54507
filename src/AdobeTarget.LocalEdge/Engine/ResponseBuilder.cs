using System.Text.Json;
using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>Builds the execute and prefetch parts of a response for one visitor.</summary>
/// <remarks>Activities limited to property tokens apply only to requests with one of them.</remarks>
internal sealed class ResponseBuilder(LocalTargetEdge edge, EventTokens tokens, LocalVisitor visitor, string? propertyToken)
{
    private IEnumerable<LocalActivity> Applicable => edge.Activities.Activities.Where(a => a.AppliesTo(propertyToken));

    public ExecuteResponse? Execute(ExecuteRequest? request)
    {
        if (request is null)
        {
            return null;
        }

        return new ExecuteResponse
        {
            PageLoad = request.PageLoad is null ? null : PageLoad(prefetch: false),
            Mboxes = request.Mboxes is null ? null : [.. request.Mboxes.Select(m => Mbox(m, prefetch: false))],
        };
    }

    public PrefetchResponse? Prefetch(PrefetchRequest? request)
    {
        if (request is null)
        {
            return null;
        }

        return new PrefetchResponse
        {
            PageLoad = request.PageLoad is null ? null : PageLoad(prefetch: true),
            Mboxes = request.Mboxes is null ? null : [.. request.Mboxes.Select(m => (PrefetchMboxResponse)Mbox(m, prefetch: true))],
            Views = request.Views is null ? null : Views(request.Views),
        };
    }

    private MboxResponse Mbox(MboxRequest request, bool prefetch)
    {
        // One activity per mbox, the first that applies, as Target (and its on-device engine) shows one per location.
        var chosen = Chosen(Applicable.Where(a => a.Mbox == request.Name).Take(1), count: !prefetch);
        MboxResponse response = prefetch
            ? new PrefetchMboxResponse { State = chosen.Count > 0 ? State(request.Name) : null }
            : new MboxResponse();
        response.Index = request.Index;
        response.Name = request.Name;
        response.Options = Options(chosen, prefetch);
        response.Metrics = Metrics(chosen);
        return response;
    }

    private PageLoadResponse PageLoad(bool prefetch)
    {
        var chosen = Chosen(Applicable.Where(a => a.PageLoad), count: !prefetch);
        return new PageLoadResponse
        {
            Options = Options(chosen, prefetch),
            Metrics = Metrics(chosen),
            State = prefetch && chosen.Count > 0 ? State("pageLoad") : null,
        };
    }

    private List<View> Views(IList<ViewRequest> requests)
    {
        var names = requests.Any(r => r.Name is null)
            ? Applicable.Where(a => a.View is not null).Select(a => a.View!).Distinct()
            : requests.Select(r => r.Name!).Distinct();
        return [.. names.Select(name =>
        {
            var chosen = Chosen(Applicable.Where(a => a.View == name), count: false);
            return new View { Name = name, Options = Options(chosen, prefetch: true), Metrics = Metrics(chosen), State = State(name) };
        }).Where(v => v.Options!.Count > 0)];
    }

    private List<(LocalActivity Activity, LocalExperience Experience)> Chosen(IEnumerable<LocalActivity> activities, bool count)
    {
        var chosen = activities.Select(a => (a, LocalTargetEdge.ExperienceOf(a, edge.Options.ClientCode, visitor.Key))).ToList();
        if (count)
        {
            foreach (var (activity, experience) in chosen)
            {
                edge.Counters(activity.Id, experience.Id).Impression(visitor.Key);
            }
        }

        return chosen;
    }

    private List<Option> Options(List<(LocalActivity Activity, LocalExperience Experience)> chosen, bool prefetch) =>
        [.. chosen.SelectMany(c => c.Experience.Offers.Select(offer => new Option
        {
            Type = new OptionType(offer.Type),
            Content = offer.Content,
            EventToken = prefetch ? tokens.Display(c.Activity.Id, c.Experience.Id) : null,
            ResponseTokens = ResponseTokens(c.Activity, c.Experience),
        }))];

    private List<Metric>? Metrics(List<(LocalActivity Activity, LocalExperience Experience)> chosen)
    {
        var metrics = chosen.Where(c => c.Activity.TrackClicks)
            .Select(c => new Metric { Type = MetricType.Click, EventToken = tokens.Click(c.Activity.Id, c.Experience.Id) })
            .ToList();
        return metrics.Count > 0 ? metrics : null;
    }

    private static Dictionary<string, JsonElement> ResponseTokens(LocalActivity activity, LocalExperience experience)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["activity.id"] = JsonSerializer.SerializeToElement(activity.Id, LocalEdgeResponseJson.Default.Int64),
            ["activity.name"] = JsonSerializer.SerializeToElement(activity.Name ?? "", LocalEdgeResponseJson.Default.String),
            ["experience.id"] = JsonSerializer.SerializeToElement(experience.Id, LocalEdgeResponseJson.Default.Int64),
            ["experience.name"] = JsonSerializer.SerializeToElement(experience.Name ?? "", LocalEdgeResponseJson.Default.String),
        };
        foreach (var (name, value) in experience.ResponseTokens ?? new Dictionary<string, string>())
        {
            values[name] = JsonSerializer.SerializeToElement(value, LocalEdgeResponseJson.Default.String);
        }

        return values;
    }

    /// <summary>An opaque state token, as the edge returns for prefetched items.</summary>
    private string State(string? item) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{edge.Options.ClientCode}|{item}|{visitor.Key}"));
}
