using System.Text.Json;
using AdobeTarget.Decisioning.Conditions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests.Conditions;

internal static class ConditionTestContext
{
    // Friday 2021-02-19 19:05 UTC
    public static readonly DateTimeOffset Now = new(2021, 2, 19, 19, 5, 0, TimeSpan.Zero);

    public static RuleContext Create(IDictionary<string, string>? parameters = null, Geo? geo = null)
    {
        var request = new RequestContext(
            Now,
            new UserContext(new UserAgentInfo("chrome", 80, "mac")),
            UrlContext.From(new UrlParts("https://www.Example.com/Path?Q=1#F", "/Path", "Q=1", "F", "example.com", "", "com")),
            UrlContext.Empty,
            GeoContext.From(geo));
        var context = new RuleContext(request, "someClientId", "tntId123");
        context.ForDetail(request.Page, request.Referring, MboxParameterContext.Build(parameters));
        context.ForActivity(123456);
        return context;
    }

    public static JsValue Evaluate(string logic, RuleContext? context = null)
    {
        using var document = JsonDocument.Parse(logic);
        return ConditionCompiler.Compile(document.RootElement.Clone())(context ?? Create());
    }

    public static bool Satisfied(string condition, RuleContext? context = null)
    {
        using var document = JsonDocument.Parse(condition);
        return ConditionCompiler.CompilePredicate(document.RootElement.Clone())(context ?? Create());
    }
}
