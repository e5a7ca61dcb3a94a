"""Library knowledge is data: a pool-like primitive the tables gain is
recognised with no other change (the README's "add a primitive = add a row")."""
import textwrap

from flake8_metastudio import engine, knowledge
from flake8_metastudio.options import settings_from

PROGRAM = textwrap.dedent('''
    import os
    import workerkit
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest

    client = (MetaStudioClient.new_builder()
              .with_credentials(BasicCredentials(os.environ["AK"], os.environ["SK"]))
              .build())


    def refresh(asset_id):
        client.show_asset(ShowAssetRequest(asset_id=asset_id))


    def refresh_all(ids):
        crew = workerkit.Crew(size=4)
        for asset_id in ids:
            crew.dispatch(refresh, asset_id)
''')


def lint(source):
    return [(f.line, f.col, f.code, f.rate) for f in engine.lint_source(source, settings_from({}))]


def test_an_unknown_library_is_not_a_pool():
    assert lint(PROGRAM) == []


def test_one_row_makes_it_a_pool(monkeypatch):
    row = knowledge.Pool("workerkit.Crew", "size", submits=frozenset({"dispatch"}), maps=frozenset())
    monkeypatch.setitem(knowledge.POOLS, "workerkit.Crew", row)
    # 4 workers x 10 calls/s each = 40/s > show_asset's 20/s in cn-north-4
    assert lint(PROGRAM) == [(19, 8, "MST102", 40.0)]
    (finding,) = engine.lint_source(PROGRAM, settings_from({}))
    assert "workerkit.Crew(size=4)" in finding.message and "[via crew.dispatch()]" in finding.message


def test_a_pool_method_counts_only_on_that_pool():
    # start_soon belongs to anyio's task group: on an object the analysis does
    # not know (a trio nursery, say) it is not a fan-out
    source = PROGRAM.replace("workerkit.Crew(size=4)", "make_nursery()").replace("crew.dispatch", "crew.start_soon")
    assert lint(source) == []


def test_recognisers_read_the_tables():
    assert knowledge.pool("anyio.create_task_group").submits == frozenset({"start_soon"})
    assert knowledge.is_sleep("trio.sleep") and knowledge.is_sleep("anyio.lowlevel.sleep")
    assert not knowledge.is_sleep("mylib.sleep")
    assert knowledge.is_sdk_exception("exceptions.ClientRequestException", "")
    assert knowledge.is_semaphore("anyio.CapacityLimiter")
    assert knowledge.library_of("tenacity.retry", knowledge.RETRY_LIBRARIES) == "tenacity"
    assert knowledge.leaf("a.b.C") == "C"


DEPENDS = textwrap.dedent('''
    from fastapi import Depends
    from huaweicloudsdkmetastudio.v1 import CreateSmartChatRoomRequest, MetaStudioClient
    from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


    def provide():
        return MetaStudioClient.new_builder().with_region(MetaStudioRegion.AP_SOUTHEAST_3).build()


    def endpoint(client: MetaStudioClient = Depends(provide)):
        return client.create_smart_chat_room(CreateSmartChatRoomRequest())
''')


def test_a_dependency_marker_is_a_row(monkeypatch):
    assert [code for _, _, code, _ in lint(DEPENDS)] == ["MST201"]
    monkeypatch.delitem(knowledge.DEPENDENCY_MARKERS, "fastapi.Depends")
    assert lint(DEPENDS) == []  # the annotation alone says nothing of the region


def test_throttling_errors_are_told_from_connection_errors():
    # huaweicloudsdkcore: ClientRequestException < ServiceResponseException < SdkException;
    # HostUnreachableException < ConnectionException < SdkException (never a throttled call)
    for name in ("exceptions.ClientRequestException", "ServiceResponseException", "SdkException", "Exception",
                 "requests.HTTPError", "httpx.HTTPStatusError", "ServerResponseException"):
        assert knowledge.may_be_throttling(name, ""), name
    for name in ("HostUnreachableException", "exceptions.ConnectionException", "SslHandShakeException",
                 "CallTimeoutException", "RequestTimeoutException", "requests.exceptions.ConnectionError",
                 "ValueError", "KeyError"):
        assert not knowledge.may_be_throttling(name, ""), name


def test_one_row_makes_a_sequential_map(monkeypatch):
    source = PROGRAM.replace("    crew = workerkit.Crew(size=4)\n    for asset_id in ids:\n"
                             "        crew.dispatch(refresh, asset_id)",
                             "    workerkit.each(refresh, ids)")
    assert "workerkit.each" in source
    assert lint(source) == []
    monkeypatch.setitem(knowledge.SEQUENTIAL_MAPS, "workerkit.each", ("workerkit.each()", False))
    # one after another: 10/s, not above show_asset's 20/s; with --metastudio-latency 0.01, 100/s is
    (finding,) = engine.lint_source(source, settings_from({"metastudio_latency": "0.01"}))
    assert finding.code == "MST101" and "in this workerkit.each() call" in finding.message
