"""Entry script: page config, navigation over pages/, the shared filter sidebar. Nothing else."""

import streamlit as st

from dashboard.views import sidebar

st.set_page_config(page_title="Conflict incidents", page_icon=":material/crisis_alert:", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/map.py", title="Map", icon=":material/map:"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/incidents.py", title="Incidents", icon=":material/table:"),
    st.Page("pages/ingest.py", title="Ingest", icon=":material/upload_file:"),
    st.Page("pages/review.py", title="Review", icon=":material/fact_check:"),
]
page = st.navigation(PAGES)
st.session_state["filters"] = sidebar.draw()
page.run()
