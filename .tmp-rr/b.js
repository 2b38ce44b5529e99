export { BrowserRouter, Routes, Route, useParams, useLocation, useNavigate, useHref, Outlet, useLinkClickHandler } from 'react-router';
