using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// Builds the notifications for prefetched content: a unique id (also its impression id, so that retries are
/// idempotent), the type, the timestamp in milliseconds, the mbox / view / page load with its state, and the event
/// tokens of the displayed options or clicked metrics.
/// Items that carry no event token (nothing qualified) get no notification.
/// </summary>
internal static class NotificationFactory
{
    public static List<Notification> Display(TargetDeliveryResponse response, TargetDisplayed? displayed, long timestamp)
    {
        var notifications = new List<Notification>();
        var prefetch = response.Response?.Prefetch;
        if (prefetch is null)
        {
            return notifications;
        }

        foreach (var mbox in prefetch.Mboxes ?? [])
        {
            if ((displayed is null || displayed.Mboxes.Contains(mbox.Name!)) && Tokens(mbox.Options) is { } tokens)
            {
                notifications.Add(New(MetricType.Display, timestamp, tokens, mbox: new NotificationMbox { Name = mbox.Name, State = mbox.State }));
            }
        }

        foreach (var view in prefetch.Views ?? [])
        {
            if ((displayed is null || displayed.Views.Contains(view.Name!)) && Tokens(view.Options) is { } tokens)
            {
                notifications.Add(New(MetricType.Display, timestamp, tokens, view: new NotificationView { Name = view.Name, Key = view.Key, State = view.State }));
            }
        }

        if ((displayed is null || displayed.PageLoad) && prefetch.PageLoad is { } pageLoad && Tokens(pageLoad.Options) is { } pageTokens)
        {
            notifications.Add(New(MetricType.Display, timestamp, pageTokens, pageLoad: new NotificationPageLoad { State = pageLoad.State }));
        }

        return notifications;
    }

    /// <summary>A click on a mbox or view of a response, with its click metrics' tokens.</summary>
    public static Notification Click(TargetDeliveryResponse response, TargetClick click, long timestamp)
    {
        IEnumerable<Metric>? metrics = null;
        if (click.MboxName is { } mbox)
        {
            metrics = (response.Response?.Prefetch?.Mboxes ?? []).Where(m => m.Name == mbox).SelectMany(m => m.Metrics ?? [])
                .Concat((response.Response?.Execute?.Mboxes ?? []).Where(m => m.Name == mbox).SelectMany(m => m.Metrics ?? []));
        }
        else if (click.ViewName is { } view)
        {
            metrics = (response.Response?.Prefetch?.Views ?? []).Where(v => v.Name == view).SelectMany(v => v.Metrics ?? []);
        }

        var tokens = (metrics ?? []).Where(m => m.Type == MetricType.Click && m.EventToken is not null).Select(m => m.EventToken!).ToList();
        if (tokens.Count == 0)
        {
            throw new ArgumentException($"The response has no click metric for {Describe(click)}.", nameof(click));
        }

        return Clicked(click, tokens, timestamp);
    }

    /// <summary>A click with the tokens the page carried.</summary>
    public static Notification Click(TargetClick click, long timestamp)
    {
        if (click.EventTokens is not { Count: > 0 } tokens || tokens.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"A click on {Describe(click)} needs the event tokens of its click metric.", nameof(click));
        }

        return Clicked(click, [.. tokens], timestamp);
    }

    private static Notification Clicked(TargetClick click, List<string> tokens, long timestamp) =>
        click.MboxName is not null
            ? New(MetricType.Click, timestamp, tokens, mbox: new NotificationMbox { Name = click.MboxName })
            : New(MetricType.Click, timestamp, tokens, view: new NotificationView { Name = click.ViewName });

    private static Notification New(
        MetricType type, long timestamp, List<string> tokens,
        NotificationMbox? mbox = null, NotificationView? view = null, NotificationPageLoad? pageLoad = null)
    {
        var id = Guid.NewGuid().ToString("N");
        return new Notification
        {
            Id = id,

            // The edge counts a given impression id once: a retry of a call whose answer was lost counts nothing twice.
            ImpressionId = id,
            Type = type,
            Timestamp = timestamp,
            Tokens = tokens,
            Mbox = mbox,
            View = view,
            PageLoad = pageLoad,
        };
    }

    private static List<string>? Tokens(IList<Option>? options)
    {
        List<string>? tokens = null;
        foreach (var option in options ?? [])
        {
            if (option.EventToken is { Length: > 0 } token)
            {
                (tokens ??= []).Add(token);
            }
        }

        return tokens;
    }

    private static string Describe(TargetClick click) =>
        click.MboxName is not null ? $"mbox '{click.MboxName}'" : click.ViewName is not null ? $"view '{click.ViewName}'" : "nothing (name a mbox or a view)";
}
