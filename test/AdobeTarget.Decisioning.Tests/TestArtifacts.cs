using System.Text;

namespace AdobeTarget.Decisioning.Tests;

internal static class TestArtifacts
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "on-device");

    public static byte[] ProductionBytes() => File.ReadAllBytes(Path.Combine(Root, "artifact.json"));

    public static byte[] FixtureBytes(string name) => File.ReadAllBytes(Path.Combine(Root, "artifacts", name + ".json"));

    public static TargetArtifact Production() => TargetArtifact.Parse(ProductionBytes());

    public static TargetArtifact Fixture(string name) => TargetArtifact.Parse(FixtureBytes(name));

    /// <summary>A minimal artifact whose mbox "m" has the given rules (JSON array items).</summary>
    public static byte[] WithMboxRules(params string[] rules) => Encoding.UTF8.GetBytes(
        Quote("{'version':'1.0.0','meta':{'clientCode':'c','environment':'production'},'globalMbox':'target-global-mbox',")
        + Quote("'responseTokens':['activity.id'],'remoteMboxes':[],'localMboxes':['m'],'remoteViews':[],'localViews':[],")
        + Quote("'rules':{'mboxes':{'m':[") + string.Join(",", rules) + "]},\"views\":{}}}");

    public static string Rule(string condition, string ruleKey = "1", long activityId = 1, string content = "\"hello\"") =>
        Quote($"{{'ruleKey':'{ruleKey}','activityId':{activityId},'meta':{{'activity.id':{activityId}}},'condition':")
        + condition
        + Quote($",'consequence':{{'name':'m','options':[{{'type':'html','eventToken':'tok{ruleKey}','content':")
        + content + "}],\"metrics\":[]}}";

    private static string Quote(string text) => text.Replace('\'', '"');
}
