using System.Globalization;
using System.Net;
using System.Text;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>The report as a small HTML page.</summary>
internal static class ReportPage
{
    public static string Render(LocalEdgeReport report)
    {
        var html = new StringBuilder("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local Target edge — report</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin-bottom:2rem}
            th,td{border:1px solid #ccc;padding:.4rem .8rem;text-align:right}th:first-child,td:first-child{text-align:left}caption{text-align:left;font-weight:600;padding:.4rem 0}</style>
            </head><body><h1>Local Target edge</h1><p><a href="/">Back to the shop</a></p>
            <p>As Target's reports count by default: visitors are distinct visitors, impressions count executes and display
            notifications (of which "on device" came from decisions made on device from the edge's rules artifact), conversions count visitors who clicked (once per visitor per activity), and the conversion rate is
            converting visitors over visitors.</p>
            """);
        if (report.UntrackedIds > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<p class="untracked">{report.UntrackedIds} events came after a tracking set was full (MaxTrackedIds): counts are approximate.</p>""");
        }

        foreach (var activity in report.Activities)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<table class="activity" data-activity="{activity.Id}"><caption>{E(activity.Name)} — {E(activity.Location)} (activity {activity.Id})</caption>""")
                .Append("<tr><th>Experience</th><th>Weight</th><th>Visitors</th><th>Impressions</th><th>On device</th><th>Conversions</th><th>Conversion rate</th></tr>");
            foreach (var experience in activity.Experiences)
            {
                var rate = experience.Visitors == 0 ? "—" : experience.ConversionRate.ToString("P1", CultureInfo.InvariantCulture);
                html.Append(CultureInfo.InvariantCulture, $"""<tr data-experience="{experience.Id}"><td>{E(experience.Name)}</td><td>{experience.Weight}</td><td class="visitors">{experience.Visitors}</td><td class="impressions">{experience.Impressions}</td><td class="on-device">{experience.OnDeviceImpressions}</td><td class="conversions">{experience.Conversions}</td><td class="rate">{rate}</td></tr>""");
            }

            html.Append("</table>");
        }

        return html.Append("<p><a href=\"report.json\">JSON</a></p></body></html>").ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
