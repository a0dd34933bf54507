using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using static AdobeTarget.AspNetCore.Tests.ServerState.ServerStateFixtures;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

public sealed class ServerStateHtmlHelperTests
{
    [Fact]
    public void AdobeTargetServerState_Response_RendersWhatTheTagHelperRenders()
    {
        var result = Result("</script><script>window.__pwned=1</script>");

        var html = Write(ThrowingHtmlHelper.Create().AdobeTargetServerState(result, "n0nce+=="));

        Assert.Equal(ServerStateTagHelperTests.Render(result, "n0nce+=="), html);
        Assert.StartsWith("<script nonce=\"n0nce&#x2B;==\">" + Prefix, html, StringComparison.Ordinal);
        Assert.Equal(html.Length - "</script>".Length, html.IndexOf("</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void AdobeTargetServerState_StyleNonce_IsAtJsStyleNonce()
    {
        var html = Write(ThrowingHtmlHelper.Create().AdobeTargetServerState(Result("ok"), "script", "style"));

        var settings = Settings(ServerStateTagHelperTests.Between(html, ">", "</script>"));
        Assert.Equal("script", settings["cspScriptNonce"]!.GetValue<string>());
        Assert.Equal("style", settings["cspStyleNonce"]!.GetValue<string>());
    }

    [Fact]
    public void AdobeTargetServerState_NullResponse_RendersNothing() =>
        Assert.Equal("", Write(ThrowingHtmlHelper.Create().AdobeTargetServerState(null, "abc")));

    [Fact]
    public void AdobeTargetServerState_InvalidNonce_ThrowsNamingTheParameter()
    {
        var error = Assert.Throws<ArgumentException>(() => ThrowingHtmlHelper.Create().AdobeTargetServerState(Result("ok"), "\"><script>"));

        Assert.Equal("nonce", error.ParamName);
    }

    [Fact]
    public void AdobeTargetServerState_NullHelper_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ((IHtmlHelper)null!).AdobeTargetServerState(Result("ok")));

    private static string Write(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
